"""The texts in English."""

TEXTS: dict[str, str] = {
    # Options and settings.
    "marketplace-unknown": (
        'Unknown marketplace "{value}". Choose one of: {choices} (the --marketplace '
        "option or the settings cell)."
    ),
    "language-unknown": 'Unknown language "{value}": choose fr or en (--language).',
    "default-quantity-invalid": (
        'Default quantity "{value}" refused: it must be a whole number of at least '
        "1, since 0 keeps the offer closed (--default-quantity)."
    ),
    "handling-time-invalid": (
        'Handling time "{value}" refused: give a whole number of days, 0 or more '
        "(--handling-time)."
    ),
    "encoding-unknown": (
        'Unknown encoding "{value}". Use for instance utf-8, cp1252 or cp932 '
        "(--encoding)."
    ),
    # Files.
    "file-not-found": "File not found: {file}. Check the path.",
    "file-unreadable": "Cannot read {file}: {detail}.",
    "file-empty": (
        "{file} is empty. Download the report again in Seller Central (Inventory > "
        "Inventory Reports > Inactive Listings Report)."
    ),
    "file-gzip-broken": (
        "{file} is a damaged compressed (gzip) file ({detail}). Download it again."
    ),
    "file-is-workbook": (
        "{file} is an Excel workbook, not Amazon's text report. Give the .txt file "
        "exactly as Seller Central downloaded it, without opening or saving it in "
        "Excel."
    ),
    "file-not-text": (
        "{file} is not a text file (a PDF, a picture or something else). Give the "
        ".txt report exactly as Seller Central downloaded it."
    ),
    "file-undecodable": (
        "{file} can be read neither as UTF-8 nor as {encoding} (byte {offset}). "
        "Check the chosen marketplace (--marketplace) or download the report again."
    ),
    "file-comma-separated": (
        '{file} is separated by "{separator}" (CSV), but Amazon\'s report is '
        "tab-delimited. Download the original .txt report instead of saving it as "
        "CSV."
    ),
    "file-not-tab-delimited": (
        "{file} is not a tab-delimited report: its first line has a single column. "
        "Give the Inactive Listings Report downloaded from Seller Central."
    ),
    "report-column-missing": (
        "{file} lacks the column {missing}, which the rules need. Columns found: "
        "{found}. Download the report again, preferably with Seller Central in "
        "English or French."
    ),
    "report-column-twice": (
        '{file} has the column {column} twice ("{first}" and "{second}"): there is '
        "no telling which one to read. Remove the duplicate or download the report "
        "again."
    ),
    "stock-heading-missing": (
        "The stock file {file} lacks the heading {missing}: Amazon would reject the "
        "whole file. Headings found: {found}. Use exactly the Inventory Loader field "
        "names (sku, product-id, product-id-type, price, item-condition, quantity, "
        "add-delete...)."
    ),
    "stock-heading-spaces": (
        'In the stock file {file}, the heading "{heading}" has spaces at its start '
        "or end: Amazon would reject the whole file. Remove them."
    ),
    "stock-heading-twice": (
        "In the stock file {file}, the heading {heading} appears twice: Amazon would "
        "reject the whole file. Keep a single {heading} column."
    ),
    "output-exists": (
        "{file} already exists and was not replaced. Choose another name (-o) or "
        "add --force to replace it."
    ),
    "output-unwritable": (
        "Cannot write {file} ({detail}). Check that the folder exists and that you "
        "may write in it."
    ),
    "unexpected": (
        "Unexpected error: {detail}. Run again with --verbose and report the problem "
        "with that detail."
    ),
    # Problems of a row: the value, the rule, the fix.
    "problem.row-shape": (
        "Line {line} of the file has {found} fields instead of {expected}: a tab is "
        "missing or extra, and the values would shift. Fix that line or download "
        "the report again."
    ),
    "problem.sku-missing": (
        "The SKU is empty. Every row needs the exact SKU of the offer to reactivate."
    ),
    "problem.sku-too-long": (
        'The SKU "{value}" is {size} bytes long; Amazon accepts {limit} at most (an '
        "accented letter counts as two). Keep the offer's exact SKU: if it comes "
        "from the report, tell Amazon."
    ),
    "problem.sku-duplicate": (
        'The SKU "{value}" is on several rows ({rows}): Amazon would apply only one '
        "of them. Keep a single row per SKU."
    ),
    "problem.sku-spaces": (
        'The SKU "{value}" starts or ends with a space. It is kept as it is, byte '
        "for byte; check that it is really the offer's SKU."
    ),
    "problem.sku-retyped": (
        "Excel turned the typed SKU into a {kind} ({value}): the original SKU is "
        "lost. Format the cell as Text, then type the exact SKU again."
    ),
    "problem.asin-missing": (
        "No ASIN: the report has no asin1 and its product-id is not of type 1 "
        "(ASIN). Copy the offer's ASIN from Seller Central (Manage Inventory) into "
        "product-id."
    ),
    "problem.asin-invalid": (
        '"{value}" is not an ASIN: an ASIN is 10 characters, capital letters or '
        "digits. {hint}"
    ),
    "problem.asin-invalid.gtin": (
        "This is a barcode (EAN/UPC): put the offer's ASIN, with product-id-type 1."
    ),
    "problem.asin-invalid.lowercase": "Write it in capital letters.",
    "problem.asin-invalid.shape": "Copy the offer's exact ASIN from Seller Central.",
    "problem.gtin-check-digit": (
        '"{value}" is not a valid UPC/EAN code for type {kind}. {hint}'
    ),
    "problem.gtin-check-digit.scientific": (
        "Excel showed it in scientific notation and lost digits: type the whole "
        "code again in a Text-formatted cell, or better, use the ASIN with "
        "product-id-type 1."
    ),
    "problem.gtin-check-digit.asin": "This is an ASIN: set product-id-type to 1.",
    "problem.gtin-check-digit.digit": (
        "Its check digit is wrong (often a mistyped digit). Check the code, or use "
        "the ASIN with product-id-type 1."
    ),
    "problem.gtin-check-digit.length": (
        "A UPC/EAN code has 8, 12, 13 or 14 digits, with no space or dash (a "
        "leading zero lost by Excel is common). Prefer the ASIN with "
        "product-id-type 1."
    ),
    "problem.product-id-type-invalid": (
        'product-id-type "{value}" is not a known code: 1 (ASIN), 2 (ISBN), 3 (UPC) '
        "or 4 (EAN). To reactivate an offer, put 1 and the ASIN."
    ),
    "problem.price-missing": "The price is empty. Give the selling price, e.g. 24.90.",
    "problem.price-invalid": (
        'The price "{value}" is not a readable number. Write it without a currency '
        "sign or thousands separator, with a decimal point: 24.90."
    ),
    "problem.price-not-positive": (
        'The price "{value}" must be above 0: Amazon refuses a zero or negative price.'
    ),
    "problem.price-decimals": (
        'The price "{value}" has too many decimals: {currency} has {decimals}. '
        "Round it."
    ),
    "problem.price-far-from-report": (
        'The price "{value}" is more than {factor} times away from the report\'s '
        "price ({report}). Check for a typing slip; the row is exported anyway."
    ),
    "problem.condition-invalid": (
        'item-condition "{value}" is not an Amazon condition code. Handmade items '
        "are new: put 11."
    ),
    "problem.condition-not-new": (
        "item-condition {value} means a used or refurbished item; Handmade items "
        "are new: put 11 (otherwise Amazon answers 8057)."
    ),
    "problem.quantity-invalid": (
        'The quantity "{value}" must be a whole number, 0 or more, written without '
        "decimals (5, not 5.0)."
    ),
    "problem.quantity-needed": (
        "Seller-fulfilled offer with no quantity above 0 ({hint}): it would stay "
        "closed. Give the stock on hand, or a default quantity (--default-quantity "
        "or the settings)."
    ),
    "problem.quantity-needed.blank": "the quantity is blank",
    "problem.quantity-needed.zero": "the quantity is {value}",
    "problem.quantity-on-fba": (
        'Quantity "{value}" on an offer fulfilled by Amazon ({centre}): it would '
        "turn seller-fulfilled and strand the FBA stock. Leave the quantity blank."
    ),
    "problem.add-delete-invalid": (
        'add-delete "{value}" is not a known code. Put a (add or update) to '
        "reactivate the offer."
    ),
    "problem.add-delete-destructive": (
        'add-delete "{value}" would delete the offer. It is refused while deleting '
        "is not allowed (--allow-delete or the settings); to reactivate, put a."
    ),
    "problem.fulfillment-center-invalid": (
        'fulfillment-center-id "{value}" does not fit this marketplace: expected '
        "{expected} for an offer fulfilled by Amazon, or blank (or DEFAULT) for a "
        "seller-fulfilled offer."
    ),
    "problem.control-character": (
        "The value of {column} holds a control character ({char}) that would break "
        "the file's line. Remove it (often a line break typed with Alt+Enter)."
    ),
    "problem.not-encodable": (
        "The value of {column} holds {chars}, which the file's encoding {encoding} "
        "cannot represent. Replace that character, or choose --encoding utf-8."
    ),
    "problem.text-damaged": (
        'The text of the column {column} looks damaged before it reached us ("'
        '{value}"): characters replaced by ? or unreadable. Nothing is repaired; if '
        "this text matters, download the report from Seller Central."
    ),
    "problem.already-active": "The offer {sku} is already active: it is not exported.",
    "problem.template-value-missing": (
        'The template offers no value "{value}" in the column {column}. Download the '
        "template again for this marketplace."
    ),
    # The seller's own template (--template).
    "template-legacy-xls": (
        "{file} is an old Excel 97-2003 workbook (.xls), which cannot be filled "
        "safely. Download the template again from Seller Central as .xlsx or .xlsm, "
        "or as tab-delimited text (.txt), and give that file to --template."
    ),
    "template-layout-unknown": (
        "{file} is not a template this product knows. Expected: Amazon's offer "
        "template (.xlsm or .xlsx, settings= in cell A1) or the Inventory Loader "
        "(.txt, .xlsx or .xlsm with a header row of field names starting with sku), "
        "exactly as Seller Central downloaded it (--template)."
    ),
    "template-settings-invalid": (
        'The settings of the template {file} (row 1) cannot be read: "{key}" is '
        "missing or damaged. Download the template again; do not edit row 1."
    ),
    "template-other-marketplace": (
        "The template {file} is for the marketplace {found}, but the chosen "
        "marketplace is {chosen}. Download the template from the {chosen} Seller "
        "Central, or choose --marketplace {found}."
    ),
    "template-column-missing": (
        "The template {file} has no column {column}, which this export must fill. "
        "Download the template again (or leave out --handling-time if it is the "
        "handling time)."
    ),
    "template-column-twice": (
        "The template {file} has the column {column} twice: Amazon could not tell "
        "which one holds the value. Download the template again."
    ),
    "template-lists-missing": (
        'The template {file} has no "{sheet}" sheet, so its dropdown values cannot '
        "be checked. Download the template again without removing any sheet."
    ),
    "handling-time-needs-template": (
        "--handling-time is written only into a template of your own: give it "
        "with --template, or leave it out."
    ),
    # Command line.
    "cli.severity.error": "error",
    "cli.severity.warning": "warning",
    "cli.severity.skip": "skipped",
    "cli.read": (
        "Report read: {file} ({encoding}, {rows} rows, marketplace {marketplace})."
    ),
    "cli.read-stock": "Stock file read: {file} ({encoding}, {rows} rows).",
    "cli.no-rows": (
        "{file} holds only its header row: no inactive listings, nothing to "
        "reactivate. No file was written."
    ),
    "cli.problems": "Problems ({count}):",
    "cli.problem-line": "  row {row}{line} | {column} | {code} ({severity}): {message}",
    "cli.problem-report-line": " (report line {line})",
    "cli.summary": (
        "Summary: {rows} rows = {exported} exported + {errors} kept out by an error "
        "+ {skipped} skipped + {excluded} excluded."
    ),
    "cli.reasons": "Reasons: {reasons}.",
    "cli.written": "File written: {file} ({count} rows, {encoding}).",
    "cli.upload-hint": (
        "In Seller Central: Catalog > Add Products via Upload > file type "
        '"Inventory Loader File".'
    ),
    "cli.not-written": (
        "No file written: {errors} rows have errors. Fix them, or run again with "
        "--skip-invalid to export only the valid rows."
    ),
    "cli.check-ok": "No error: the stock file can be uploaded.",
    "cli.check-errors": "{errors} rows would be refused: fix them before uploading.",
    "cli.demo": "Demo: converting the bundled sample report in {folder}.",
    "cli.error": "Error: {message}",
}
