"""The workbook a seller works in, built from text sources.

``layout`` names the sheets, tables, columns and named cells; ``formulas``
renders the stock sheet's formulas from the engine's rules; the build lays the
sheets out with openpyxl, adds the VBA project with pyOpenVBA and the ribbon at
zip level, and ``verify`` checks the result with every independent reader.
"""
