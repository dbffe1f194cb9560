"""The texts in English."""

TEXTS: dict[str, str] = {
    # The workbook: ribbon, macro dialogs, sheet headings, read-me.
    "cli.workbook-built": "Workbook built: {file}.",
    "cli.workbook-created": (
        "Workbook created: {file}. Open it in Excel and enable macros."
    ),
    "workbook-exists": (
        "{file} already exists and was not replaced: choose another name."
    ),
    "ribbon.tabRelist": "Handmade Relist",
    "ribbon.grpListings": "Reactivate listings",
    "ribbon.btnImportReport": "Import report",
    "ribbon.btnImportReport.tip": "Read the Inactive Listings Report (.txt).",
    "ribbon.btnFill": "Fill",
    "ribbon.btnFill.tip": "Fill the stock file from the report.",
    "ribbon.btnCheck": "Check",
    "ribbon.btnCheck.tip": "Check every row and list the problems.",
    "ribbon.btnExport": "Export",
    "ribbon.btnExport.tip": "Write the upload file for Seller Central.",
    "ribbon.btnImportProcessing": "Processing report",
    "ribbon.btnImportProcessing.tip": (
        "Read Amazon's processing report (.txt): the refused rows, why, and a retry "
        "file."
    ),
    "ribbon.btnHelp": "Help",
    "ribbon.btnHelp.tip": "Open the user guide.",
    "ribbon.btnDiagnostics": "Diagnostics",
    "ribbon.btnDiagnostics.tip": "Versions, Python interpreter and paths.",
    "vba.dialog-open": "Choose the file to import",
    "vba.dialog-save": "Save the upload file as",
    "vba.diagnostics-title": "Handmade Relist: diagnostics",
    "vba.interpreter-found": "Python interpreter found: {path}",
    "vba.interpreter-missing": (
        "Python interpreter not found: {path} (key {key} of the xlwings.conf "
        "sheet). Install Handmade Relist as the guide explains, then run "
        "handmade-relist new-workbook."
    ),
    "workbook.settings.setting": "setting",
    "workbook.settings.value": "value",
    "workbook.setting.Marketplace": "Marketplace (FR, DE, ES...)",
    "workbook.setting.DefaultQuantity": "Default quantity (blank: none)",
    "workbook.setting.ExportEncoding": "Export encoding (blank: the marketplace's)",
    "workbook.setting.AllowDelete": "Allow deletions (d, x)",
    "workbook.setting.HandlingTime": "Handling time in days (blank: none)",
    "workbook.setting.TemplatePath": "Amazon template downloaded (blank: text)",
    "workbook.setting.KeepOverrides": "Keep my corrections when re-importing",
    "workbook.setting.Language": "Language (fr, en)",
    "workbook.setting.SelectedPath": "Last file chosen",
    "workbook.setting.XlwingsVersion": "xlwings version of the workbook",
    # Excel's own warning when a typed value breaks a cell's validation rule.
    "workbook.validation.title": "Value to check",
    "workbook.validation.keep": (
        "Yes keeps this value: the Check button will say what it makes of it."
    ),
    "workbook.validation.sku": (
        "A sku holds at most 40 characters (Amazon counts 40 bytes: an accented "
        "character counts 2)."
    ),
    "workbook.validation.product-id-type": (
        "product-id-type is 1 (ASIN), 2 (ISBN), 3 (UPC) or 4 (EAN)."
    ),
    "workbook.validation.price": "price is a number above 0.",
    "workbook.validation.item-condition": (
        "item-condition is 11: Handmade items are new."
    ),
    "workbook.validation.quantity": (
        "quantity is a whole number, 0 or more (blank for an offer fulfilled by "
        "Amazon)."
    ),
    "workbook.validation.add-delete": (
        "add-delete is a (add or update); d and x delete the offer."
    ),
    "workbook.validation.export": (
        "export is yes (export the row) or no (leave it out)."
    ),
    "workbook.validation.Marketplace": (
        "Choose a marketplace code from the list (FR, DE, ES...)."
    ),
    "workbook.validation.DefaultQuantity": (
        "A whole number of at least 1, or blank: 0 would keep the offer closed."
    ),
    "workbook.validation.HandlingTime": "A whole number of days, 0 or more, or blank.",
    "workbook.validation.Language": "Write fr or en.",
    "workbook.validation.boolean": "Type TRUE or FALSE.",
    "workbook.readme.title": "Handmade Relist: reactivate inactive listings",
    "workbook.readme.1": "1. Download the Inactive Listings Report in Seller Central.",
    "workbook.readme.2": "2. Handmade Relist tab > Import report.",
    "workbook.readme.3": (
        "3. Fill, then Check: cells to review are highlighted and the Problems sheet "
        "leads to each one."
    ),
    "workbook.readme.4": (
        "4. Correct a cell by typing over its formula; put no in the export column "
        "to leave a row out."
    ),
    "workbook.readme.5": (
        "5. Export, then upload the file in Seller Central (Catalog > Add Products "
        "via Upload)."
    ),
    "workbook.readme.6": (
        "The settings are on the Settings sheet; the Diagnostics button helps when "
        "nothing happens."
    ),
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
    "workbook-extension": (
        "{file} must end in .xlsm: Excel runs macros only in an .xlsm workbook. "
        "Choose for instance Relist.xlsm."
    ),
    "encoding-bom": (
        'The encoding "{value}" writes a byte order mark (BOM) at the start of the '
        "file, which Amazon would read as part of the sku heading. Choose utf-8 "
        "(without BOM), cp1252 or cp932 (--encoding)."
    ),
    "encoding-unknown": (
        'Unknown encoding "{value}". Use for instance utf-8, cp1252 or cp932 '
        "(--encoding)."
    ),
    # Files.
    "file-not-found": "File not found: {file}. Check the path.",
    "file-unreadable": "Cannot read {file}: {detail}.",
    "file-empty": (
        "{file} is empty: download it again from Seller Central (the Inactive "
        "Listings Report is under Inventory > Inventory Reports)."
    ),
    "file-gzip-broken": (
        "{file} is a damaged compressed (gzip) file ({detail}). Download it again."
    ),
    "file-is-workbook": (
        "{file} is an Excel workbook, not a tab-delimited text file. Give the .txt "
        "file exactly as Seller Central downloaded it, without opening or saving it "
        "in Excel (a stock file: saved as tab-delimited text)."
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
    "stock-file-bom": (
        "The stock file {file} starts with a byte order mark ({encoding}): Amazon "
        "would read it as part of the sku heading and reject the whole file. Save "
        "it without a BOM, as tab-delimited text."
    ),
    "stock-line-ends": (
        "The lines of the stock file {file} end with two carriage returns (CR CR "
        "LF), as some programs on Windows write them: every line would be followed "
        "by a blank one. Save it again as tab-delimited text."
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
        "Line {line} of the file has {found} {found:field|fields} instead of "
        "{expected}: a tab is missing or extra, and the values would shift. Fix that "
        "line or download the report again."
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
        "Excel turned the {column} typed into {hint} ({value}): the original text "
        "is lost. Format the cell as Text, then type the exact value again."
    ),
    "problem.sku-retyped.number": "a number",
    "problem.sku-retyped.date": "a date",
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
    "problem.gtin-check-digit.type": (
        "A 12-digit code is a UPC (type 3), a 13-digit one an EAN (type 4): put "
        "product-id-type {expected}, or better, the ASIN with product-id-type 1."
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
    "problem.price-invalid": 'The price "{value}" {hint}',
    "problem.price-invalid.format": (
        "is not a readable number. Write it without a currency sign or thousands "
        "separator, with a decimal point: 24.90."
    ),
    "problem.price-invalid.comma": (
        "has a decimal comma: this file goes to Amazon as it is, and Amazon reads a "
        "point. Write 24.90, not 24,90."
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
    "problem.quantity-needed.report": (
        'the report gives "{report}" and no default quantity is set'
    ),
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
    "problem.not-encodable": "The value of {column} holds {chars}: {hint}",
    "problem.not-encodable.encoding": (
        "the file's encoding {encoding} cannot represent it. Replace that "
        "character, or choose --encoding utf-8."
    ),
    "problem.not-encodable.file-encoding": (
        "the file is saved in {file_encoding} while this marketplace expects "
        "{encoding}, and Amazon would misread these characters. Save it in "
        "{encoding}, or give --encoding {file_encoding} if you are sure Amazon "
        "takes it."
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
        "Report read: {file} ({encoding}, {rows} {rows:row|rows}, marketplace "
        "{marketplace})."
    ),
    "cli.read-stock": ("Stock file read: {file} ({encoding}, {rows} {rows:row|rows})."),
    "cli.no-rows": (
        "{file} holds only its header row: no inactive listings, nothing to "
        "reactivate. No file was written."
    ),
    "cli.problems": "Problems ({count}):",
    "cli.problem-line": "  row {row}{line} | {column} | {code} ({severity}): {message}",
    "cli.problem-report-line": " (report line {line})",
    "cli.summary": (
        "Summary: {rows} {rows:row|rows} = {exported} exported + {errors} kept out "
        "by an error + {skipped} skipped + {excluded} excluded."
    ),
    "cli.summary-held": (
        "Summary: {rows} {rows:row|rows} = {exported} valid (not written) + "
        "{errors} kept out by an error + {skipped} skipped + {excluded} excluded."
    ),
    "cli.reasons": "Reasons: {reasons}.",
    "cli.written": "File written: {file} ({count} {count:row|rows}, {encoding}).",
    "cli.step.read": "report read",
    "cli.step.fill": "stock file filled",
    "cli.step.check": "rows checked",
    "cli.written-template": (
        "File written: {file} ({count} {count:row|rows}, a filled copy of your "
        "template)."
    ),
    "cli.upload-hint-template": (
        "In Seller Central: Catalog > Add Products via Upload, and upload this "
        "filled template the way you would the one you downloaded."
    ),
    "cli.upload-hint": (
        "In Seller Central: Catalog > Add Products via Upload > file type "
        '"Inventory Loader File".'
    ),
    "cli.not-written": (
        "No file written: {errors} {errors:row has|rows have} errors. Fix "
        "{errors:it|them}, or run again with --skip-invalid to export only the "
        "valid rows."
    ),
    "cli.check-ok": "No error: the stock file can be uploaded.",
    "cli.check-errors": (
        "{errors} {errors:row|rows} would be refused: fix {errors:it|them} before "
        "uploading."
    ),
    "cli.demo": "Demo: converting the bundled sample report in {folder}.",
    "cli.error": "Error: {message}",
    # Processing report, export log and retry file.
    "processing-report-is-workbook": (
        "{file} is a workbook: the product reads the processing report in its text "
        "format only, since no source documents the layout of the Excel one. In "
        "Seller Central, download the processing report again as a text file "
        "(.txt) and give that file."
    ),
    "processing-report-unrecognized": (
        "{file} is not a processing report: it has neither the summary block (records "
        "processed, records successful) nor the table starting with "
        "original-record-number. Give the processing report of the upload, as "
        "Seller Central downloaded it."
    ),
    "processing-heading-missing": (
        "The processing report {file} lacks the column {missing}. Columns found: "
        "{found}. Download the processing report again in its text format."
    ),
    "processing-record-invalid": (
        'Line {line} of the processing report {file} gives "{value}" as its '
        "original-record-number, which is not a record number. Download the "
        "processing report again, without opening it in Excel."
    ),
    "export-log-unreadable": (
        "The export log {file} cannot be read ({detail}). Delete it to match the "
        "records by data row order, or convert the report again."
    ),
    "export-log-mismatch": (
        "The export log does not belong to the upload file {upload}: they differ "
        "from record {record} ({logged} {logged:record|records} logged, {rows} "
        "{rows:row|rows} in the file). Give the upload file that was sent to Amazon "
        "(--upload), or delete the stale export log beside it."
    ),
    "error-code.unknown": "Amazon says: {message}",
    "error-code.5000": (
        "Nothing to do: the same update was already sent in an earlier file."
    ),
    "error-code.5002": "Amazon had an internal error: upload the row again later.",
    "error-code.5003": (
        "Amazon stopped after too many errors: fix the file's format (headings, "
        "tabs) and upload it again."
    ),
    "error-code.5004": (
        "A required value is missing: fill sku, product-id, product-id-type, price, "
        "item-condition and the quantity (or fulfillment-center-id for FBA)."
    ),
    "error-code.5461": (
        "The product-id does not fit the product's brand, or the brand owner has not "
        "approved you (sources disagree): use the SKU's own ASIN."
    ),
    "error-code.5500": (
        "The product-id matches several products: give the ASIN, with "
        "product-id-type 1."
    ),
    "error-code.5501": (
        "No product has this product-id: compare it with the report's asin1."
    ),
    "error-code.5503": (
        "The product-id is not the ASIN already linked to this SKU: use the SKU's "
        "own ASIN (the report's asin1), not an EAN."
    ),
    "error-code.5505": (
        "The product-id is not a valid ASIN, UPC, EAN or ISBN: check it and its "
        "product-id-type."
    ),
    "error-code.5665": "The brand is not approved: ask seller support to approve it.",
    "error-code.6024": (
        "You may not list this brand in this category: check that your selling "
        "privileges, Handmade included, are fully restored."
    ),
    "error-code.8005": (
        "The change would tie the SKU to another ASIN: keep the SKU's own ASIN."
    ),
    "error-code.8026": (
        "You are not approved for this product category: check your Handmade "
        "approval with seller support."
    ),
    "error-code.8057": (
        "The condition differs from the SKU's condition in the catalog: keep "
        "item-condition 11 (new)."
    ),
    "error-code.8541": (
        "The SKU's data conflicts with Amazon's catalog: use the SKU's own ASIN "
        "and change no product field."
    ),
    "error-code.8542": (
        "The SKU's data matches several catalog products: use the SKU's own ASIN."
    ),
    "error-code.8556": (
        "The product now matches a restricted product and the offer was removed: "
        "contact seller support."
    ),
    "error-code.8560": (
        "The product-id leads to no product: use the SKU's own ASIN with "
        "product-id-type 1."
    ),
    "error-code.8566": (
        "The SKU matches no ASIN: check the SKU and its ASIN against the report."
    ),
    "error-code.8571": (
        "The weekly limit of new ASINs is reached: a reactivation creates none, so "
        "use the SKU's existing ASIN."
    ),
    "error-code.8572": (
        "The product-id fits neither the brand nor the product: use the SKU's own ASIN."
    ),
    "error-code.13013": (
        "This SKU no longer exists on the marketplace: check it for a typo, or the "
        "offer was deleted and must be created again."
    ),
    "error-code.20000": (
        "Amazon cannot reach the product image: check the listing's images."
    ),
    "error-code.90057": (
        "A required value is missing or wrong: check every column of the row."
    ),
    "error-code.99001": "A required value is missing: check every column of the row.",
    "error-code.99010": "A value is not accepted: check every column of the row.",
    "error-code.90113": (
        "A value is above its maximum: check the price and the quantity."
    ),
    "error-code.90114": (
        "A value is below its minimum (a price is at least 0.01): check the price."
    ),
    "error-code.90118": (
        "The SKU is longer than 40 bytes: Amazon cannot take it as it is."
    ),
    "error-code.90220": (
        "A required attribute is missing (JSON listings feed): add it."
    ),
    "error-code.99022": "The price is missing (JSON listings feed): give one.",
    "cli.retry-read": (
        "Processing report read: {file} ({encoding}): {processed} "
        "{processed:record|records} processed, {successful} successful, {lines} "
        "problem {lines:line|lines}."
    ),
    "cli.retry-by-log": "Records matched through the export log {file}.",
    "cli.retry-by-order": (
        "No export log {file}: records matched by data row order (record 1 is the "
        "first data row), checked against the SKUs the report gives."
    ),
    "cli.retry-count-differs": (
        "Amazon processed {processed} {processed:record|records} but the upload "
        "file holds {rows} {rows:row|rows}: {hint} Check that this report belongs to "
        "this upload file."
    ),
    "cli.retry-count-differs.fewer": (
        "rows past record {processed} count as not processed and go into the retry "
        "file."
    ),
    "cli.retry-count-differs.more": (
        "the report counts records this file does not hold."
    ),
    "cli.retry-successful-differs": (
        "Amazon reports {successful} successful {successful:record|records} out of "
        "{processed}, but the report refuses only {refused}: problem lines are "
        "missing. Download the whole processing report again."
    ),
    "cli.retry-fatal": (
        "Amazon did not process the file (fatal error): every row goes into the "
        "retry file."
    ),
    "cli.retry-file-line": "  whole file | {code} ({type}): {fix}",
    "cli.retry-row": "  record {record} | line {line}{stock} | {sku} | {verdict}",
    "cli.retry-stock-row": ", stock row {row}",
    "cli.retry-problem": "      {code} ({type}): {fix}",
    "cli.verdict.accepted": "accepted",
    "cli.verdict.warning": "accepted with warnings",
    "cli.verdict.error": "refused",
    "cli.verdict.fatal": "not processed",
    "cli.retry-unmatched": "Lines that match no row ({count}):",
    "cli.retry-unmatched.no-such-record": (
        "  report line {line} | record {record} | {sku} | the upload file has only "
        "{rows} data {rows:row|rows} | {code} ({type}): {fix}"
    ),
    "cli.retry-unmatched.sku-mismatch": (
        "  report line {line} | record {record} | {sku} | that record holds "
        "{expected} | {code} ({type}): {fix}"
    ),
    "cli.retry-summary": (
        "Summary: {rows} {rows:row|rows} = {accepted} accepted + {warning} accepted "
        "with warnings + {error} refused + {fatal} not processed; {unmatched} "
        "{unmatched:line matches|lines match} no row."
    ),
    "cli.retry-written": (
        "Retry file written: {file} ({count} {count:row|rows}, {encoding})."
    ),
    "cli.retry-by-sku": "The upload is a template workbook: records matched by SKU.",
    "cli.retry-unmatched.no-such-sku": (
        "  report line {line} | record {record} | {sku} | no row of the upload file "
        "holds that SKU | {code} ({type}): {fix}"
    ),
    "cli.retry-written-template": (
        "Retry file written: {file} ({count} {count:row|rows}, a copy of your "
        "template)."
    ),
    "cli.retry-nothing": "No row to upload again: no retry file written.",
    "cli.retry-check": (
        "Some lines match no row: check that the processing report belongs to this "
        "upload file (--upload)."
    ),
    # Excel buttons.
    "excel-title": "Handmade Relist",
    "excel-control-unknown": (
        'The button "{control}" has no action in this version of Handmade Relist. '
        "Create the workbook again with handmade-relist new-workbook."
    ),
    "excel-busy": (
        "Another action is still running on this workbook. Wait for it to end, then "
        "click again (if none is running, delete {lock})."
    ),
    "excel-unexpected": (
        "Something unexpected stopped the action; nothing was exported. The details "
        "are in {log}: send that file to support."
    ),
    "excel-progress": "Handmade Relist: {step} ({percent} %)",
    "excel-step.import": "import",
    "excel-step.fill": "fill",
    "excel-step.check": "check",
    "excel-table-missing": (
        "The table {table} is missing from this workbook: it was not made by "
        "Handmade Relist, or the table was deleted. Create the workbook again with "
        "handmade-relist new-workbook."
    ),
    "excel-name-missing": (
        "The named cell {name} is missing from this workbook. Create the workbook "
        "again with handmade-relist new-workbook."
    ),
    "excel-setting-invalid": (
        'The setting "{label}" (cell {setting} of the {sheet} sheet) holds '
        '"{value}": {hint} Correct it there.'
    ),
    "excel-setting-invalid.flag": "it takes TRUE or FALSE.",
    "excel-setting-invalid.whole": "it takes a whole number, or nothing.",
    "excel-setting-invalid.marketplace-unknown": (
        "no marketplace has that code; choose one of: {choices}."
    ),
    "excel-setting-invalid.default-quantity-invalid": (
        "it takes a whole number of at least 1, or nothing, since 0 keeps the "
        "offer closed."
    ),
    "excel-setting-invalid.handling-time-invalid": (
        "it takes a whole number of days, 0 or more, or nothing."
    ),
    "excel-setting-invalid.encoding-unknown": (
        "no encoding has that name; write for instance utf-8, cp1252 or cp932, or "
        "clear the cell for the marketplace's own."
    ),
    "excel-setting-invalid.encoding-bom": (
        "this encoding writes a byte order mark (BOM), which Amazon would read as "
        "part of the sku heading; write utf-8 (without BOM), cp1252 or cp932."
    ),
    "excel-no-path": "No file was chosen: click the button again and choose a file.",
    "excel-report-empty": (
        "{file} holds only its header row: no inactive listings, nothing to "
        "import. The workbook was not changed."
    ),
    "excel-imported": (
        "Report imported: {file}, {rows} {rows:row|rows}; the stock file is filled "
        "from it."
    ),
    "excel-filled": "Stock file filled: {rows} {rows:row|rows}.",
    "excel-overrides-kept": "{count} {count:row|rows} kept your corrections.",
    "excel-overrides-discarded": (
        "The corrections of {count} {count:row|rows} were discarded, as your "
        "setting (keep my corrections when re-importing) asks."
    ),
    "excel-skus-gone": (
        "{count} {count:SKU is|SKUs are} no longer in the report: {skus}."
    ),
    "excel-checked": (
        "Check: {rows} {rows:row|rows} = {exported} ready + {errors} with errors + "
        "{skipped} skipped + {excluded} excluded; {warnings} with warnings. The "
        "Problems sheet leads to each one."
    ),
    "excel-export-errors": (
        "{errors} {errors:row has|rows have} errors and cannot be exported (see "
        "the Problems sheet). Export only the {valid} valid {valid:row|rows}?"
    ),
    "excel-export-replace": "{file} already exists. Replace it?",
    "excel-export-cancelled": "Nothing was exported.",
    "excel-export-nothing": (
        "No row can be exported: fix the problems the Problems sheet lists, or "
        "set the export column to yes."
    ),
    "excel-exported": "File written: {file} ({encoding}).",
    "excel-export-summary": (
        "{rows} {rows:row|rows} = {exported} exported + {errors} kept out by an "
        "error + {skipped} skipped + {excluded} excluded."
    ),
    "excel-step.processing": "processing report",
    "excel-template-missing": (
        "The template named on the Settings sheet, {file}, is not there. Correct "
        "its path, or empty it to export text."
    ),
    "excel-processing-no-export": (
        "The Export log sheet records no export: export the stock file, upload it "
        "in Seller Central, then import the processing report it gives."
    ),
    "excel-processing-read": (
        "Processing report {file} matched with the last export, {upload} of {time}."
    ),
    "excel-processing-summary": (
        "{rows} {rows:row|rows} = {accepted} accepted + {warning} accepted with "
        "warnings + {error} refused + {fatal} not processed. The Problems sheet "
        "says why."
    ),
    "excel-processing-count-differs": (
        "Amazon processed {processed} {processed:record|records} but {upload} holds "
        "{rows}: check that the report belongs to that upload."
    ),
    "excel-processing-unmatched": (
        "{count} {count:line|lines} of the report {count:matches|match} no row of "
        "{upload}; the Problems sheet lists {count:it|them}. Check that the report "
        "belongs to that upload."
    ),
    "excel-processing-gone": (
        "{count} exported {count:SKU is|SKUs are} no longer in the stock sheet: {skus}."
    ),
    "excel-processing-problem": "Amazon {code}: {fix}",
    "excel-processing-file-line": "Whole file: {fix}",
    "excel-processing-unmatched-line": (
        "Record {record} ({sku}) matches no row of the upload: {fix}"
    ),
    "excel-processing-row-gone": (
        "Record {record} ({sku}) is no longer in the stock sheet: {fix}"
    ),
    "excel-processing-retry-ask": (
        "{count} {count:row was|rows were} refused or not processed. Write a retry "
        "file holding only {count:it|them} ({file}, beside the upload file)?"
    ),
    "excel-processing-retry-written": (
        "Retry file written: {file} ({count} {count:row|rows}), recorded in the "
        "Export log sheet."
    ),
    "excel-processing-upload-missing": (
        "The upload file {file} is no longer there, so no retry file can be made "
        "from it. Put it back, or export the refused rows again from the stock sheet."
    ),
    "excel-diagnostics": (
        "Handmade Relist {version}; {packages} (workbook made for xlwings "
        "{workbook_xlwings}); Python {python}: {interpreter}. Workbook: {workbook}. "
        "Log: {log}. Settings: {settings}."
    ),
}
