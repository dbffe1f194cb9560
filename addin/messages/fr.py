"""Les textes en français (la langue par défaut)."""

TEXTS: dict[str, str] = {
    # The workbook: ribbon, macro dialogs, sheet headings, read-me.
    "cli.workbook-built": "Classeur construit : {file}.",
    "cli.workbook-created": (
        "Classeur créé : {file}. Ouvrez ce classeur dans Excel et activez les macros."
    ),
    "workbook-exists": (
        "{file} existe déjà et n'a pas été remplacé : choisissez un autre nom."
    ),
    "ribbon.tabRelist": "Handmade Relist",
    "ribbon.grpListings": "Réactiver les offres",
    "ribbon.btnImportReport": "Importer le rapport",
    "ribbon.btnImportReport.tip": "Lire le rapport des offres inactives (.txt).",
    "ribbon.btnFill": "Remplir",
    "ribbon.btnFill.tip": "Remplir le fichier de stock à partir du rapport.",
    "ribbon.btnCheck": "Vérifier",
    "ribbon.btnCheck.tip": "Vérifier chaque ligne et lister les problèmes.",
    "ribbon.btnExport": "Exporter",
    "ribbon.btnExport.tip": "Écrire le fichier d'envoi pour Seller Central.",
    "ribbon.btnImportProcessing": "Rapport de traitement",
    "ribbon.btnImportProcessing.tip": (
        "Lire le rapport de traitement d'Amazon (.txt) : les lignes refusées, "
        "pourquoi, et un fichier de reprise."
    ),
    "ribbon.btnHelp": "Aide",
    "ribbon.btnHelp.tip": "Ouvrir le guide d'utilisation.",
    "ribbon.btnDiagnostics": "Diagnostic",
    "ribbon.btnDiagnostics.tip": "Versions, interpréteur Python et chemins.",
    "vba.dialog-open": "Choisir le fichier à importer",
    "vba.dialog-save": "Enregistrer le fichier d'envoi sous",
    "vba.diagnostics-title": "Handmade Relist : diagnostic",
    "vba.interpreter-found": "Interpréteur Python trouvé : {path}",
    "vba.interpreter-missing": (
        "Interpréteur Python introuvable : {path} (clé {key} de la feuille "
        "xlwings.conf). Installez Handmade Relist comme le guide l'explique, puis "
        "lancez handmade-relist new-workbook."
    ),
    "workbook.settings.setting": "réglage",
    "workbook.settings.value": "valeur",
    "workbook.setting.Marketplace": "Place de marché (FR, DE, ES...)",
    "workbook.setting.DefaultQuantity": "Quantité par défaut (vide : aucune)",
    "workbook.setting.ExportEncoding": "Encodage d'export (vide : celui du marché)",
    "workbook.setting.AllowDelete": "Autoriser les suppressions (d, x)",
    "workbook.setting.HandlingTime": "Délai d'expédition en jours (vide : aucun)",
    "workbook.setting.TemplatePath": "Modèle d'Amazon téléchargé (vide : texte)",
    "workbook.setting.KeepOverrides": "Garder mes corrections à la réimportation",
    "workbook.setting.Language": "Langue (fr, en)",
    "workbook.setting.SelectedPath": "Dernier fichier choisi",
    "workbook.setting.XlwingsVersion": "Version de xlwings du classeur",
    # Excel's own warning when a typed value breaks a cell's validation rule.
    "workbook.validation.title": "Valeur à vérifier",
    "workbook.validation.keep": (
        "Oui garde cette valeur : le bouton Vérifier dira ce qu'il en pense."
    ),
    "workbook.validation.sku": (
        "Le sku ne peut pas dépasser 40 caractères (Amazon compte 40 octets : un "
        "caractère accentué en compte 2)."
    ),
    "workbook.validation.product-id-type": (
        "product-id-type vaut 1 (ASIN), 2 (ISBN), 3 (UPC) ou 4 (EAN)."
    ),
    "workbook.validation.price": "price est un nombre au-dessus de 0.",
    "workbook.validation.item-condition": (
        "item-condition vaut 11 : les articles Handmade sont neufs."
    ),
    "workbook.validation.quantity": (
        "quantity est un nombre entier, 0 ou plus (vide pour une offre expédiée par "
        "Amazon)."
    ),
    "workbook.validation.add-delete": (
        "add-delete vaut a (ajouter ou mettre à jour) ; d et x suppriment l'offre."
    ),
    "workbook.validation.export": (
        "export vaut oui (exporter la ligne) ou non (l'écarter)."
    ),
    "workbook.validation.Marketplace": (
        "Choisissez un code de place de marché de la liste (FR, DE, ES...)."
    ),
    "workbook.validation.DefaultQuantity": (
        "Un nombre entier d'au moins 1, ou vide : 0 laisserait l'offre fermée."
    ),
    "workbook.validation.HandlingTime": (
        "Un nombre de jours entier, 0 ou plus, ou vide."
    ),
    "workbook.validation.Language": "Mettez fr ou en.",
    "workbook.validation.boolean": "Tapez VRAI ou FAUX.",
    "workbook.readme.title": "Handmade Relist : réactiver les offres inactives",
    "workbook.readme.1": (
        "1. Téléchargez le rapport des offres inactives dans Seller Central."
    ),
    "workbook.readme.2": "2. Onglet Handmade Relist > Importer le rapport.",
    "workbook.readme.3": (
        "3. Remplir, puis Vérifier : les cellules à revoir sont colorées et la "
        "feuille Problèmes mène à chacune."
    ),
    "workbook.readme.4": (
        "4. Corrigez une cellule en tapant par-dessus sa formule ; mettez non dans "
        "la colonne export pour écarter une ligne."
    ),
    "workbook.readme.5": (
        "5. Exporter, puis envoyez le fichier dans Seller Central (Catalogue > "
        "Ajouter des produits par fichier)."
    ),
    "workbook.readme.6": (
        "Les réglages sont sur la feuille Réglages ; le bouton Diagnostic aide si "
        "rien ne se passe."
    ),
    # Options and settings.
    "marketplace-unknown": (
        "Place de marché « {value} » inconnue. Choisissez l'une de : {choices} "
        "(option --marketplace ou cellule des paramètres)."
    ),
    "language-unknown": (
        "Langue « {value} » inconnue : choisissez fr ou en (--language)."
    ),
    "default-quantity-invalid": (
        "Quantité par défaut « {value} » refusée : elle doit être un nombre entier "
        "d'au moins 1, car 0 laisse l'offre fermée (--default-quantity)."
    ),
    "handling-time-invalid": (
        "Délai d'expédition « {value} » refusé : indiquez un nombre de jours entier, "
        "0 ou plus (--handling-time)."
    ),
    "workbook-extension": (
        "{file} doit finir par .xlsm : Excel n'ouvre les macros que dans un "
        "classeur .xlsm. Choisissez par exemple Relist.xlsm."
    ),
    "encoding-bom": (
        "L'encodage « {value} » écrit une marque d'ordre des octets (BOM) en tête "
        "du fichier, qu'Amazon lirait comme faisant partie de l'en-tête sku. "
        "Choisissez utf-8 (sans BOM), cp1252 ou cp932 (--encoding)."
    ),
    "encoding-unknown": (
        "Encodage « {value} » inconnu. Utilisez par exemple utf-8, cp1252 ou cp932 "
        "(--encoding)."
    ),
    # Files.
    "file-not-found": "Fichier introuvable : {file}. Vérifiez le chemin.",
    "file-unreadable": "Impossible de lire {file} : {detail}.",
    "file-empty": (
        "{file} est vide : téléchargez-le à nouveau depuis Seller Central (le "
        "rapport sur les offres inactives est sous Inventaire > Rapports "
        "d'inventaire)."
    ),
    "file-gzip-broken": (
        "{file} est un fichier compressé (gzip) abîmé ({detail}). Téléchargez-le à "
        "nouveau."
    ),
    "file-is-workbook": (
        "{file} est un classeur Excel, pas un fichier texte délimité par des "
        "tabulations. Donnez le fichier .txt tel que Seller Central l'a téléchargé, "
        "sans l'ouvrir ni l'enregistrer dans Excel (un fichier de stock : "
        "enregistré en texte délimité par des tabulations)."
    ),
    "file-not-text": (
        "{file} n'est pas un fichier texte (PDF, image ou autre). Donnez le rapport "
        ".txt tel que Seller Central l'a téléchargé."
    ),
    "file-undecodable": (
        "{file} ne peut être lu ni en UTF-8 ni en {encoding} (octet {offset}). "
        "Vérifiez la place de marché choisie (--marketplace) ou téléchargez le "
        "rapport à nouveau."
    ),
    "file-comma-separated": (
        "{file} est séparé par des « {separator} » (CSV), alors que le rapport "
        "d'Amazon est délimité par des tabulations. Téléchargez le rapport .txt "
        "d'origine au lieu de l'enregistrer en CSV."
    ),
    "file-not-tab-delimited": (
        "{file} n'est pas un rapport délimité par des tabulations : sa première "
        "ligne n'a qu'une colonne. Donnez le rapport sur les offres inactives "
        "téléchargé depuis Seller Central."
    ),
    "report-column-missing": (
        "Dans {file}, il manque la colonne {missing}, dont les règles ont besoin. "
        "Colonnes trouvées : {found}. Téléchargez le rapport à nouveau, de "
        "préférence avec Seller Central en anglais ou en français."
    ),
    "report-column-twice": (
        "Dans {file}, la colonne {column} figure deux fois (« {first} » et "
        "« {second} ») : impossible de savoir laquelle lire. Supprimez le doublon "
        "ou téléchargez le rapport à nouveau."
    ),
    "stock-heading-missing": (
        "Le fichier de stock {file} n'a pas l'en-tête {missing} : Amazon refuserait "
        "tout le fichier. En-têtes trouvés : {found}. Utilisez exactement les noms "
        "de champs de l'Inventory Loader (sku, product-id, product-id-type, price, "
        "item-condition, quantity, add-delete…)."
    ),
    "stock-heading-spaces": (
        "Dans le fichier de stock {file}, l'en-tête « {heading} » a des espaces au "
        "début ou à la fin : Amazon refuserait tout le fichier. Retirez-les."
    ),
    "stock-file-bom": (
        "Le fichier de stock {file} commence par une marque d'ordre des octets "
        "({encoding}) : Amazon la lirait comme faisant partie de l'en-tête sku et "
        "refuserait tout le fichier. Enregistrez-le sans BOM, en texte délimité "
        "par des tabulations."
    ),
    "stock-line-ends": (
        "Les lignes du fichier de stock {file} finissent par deux retours chariot "
        "(CR CR LF), ce qu'écrivent certains programmes sous Windows : chaque ligne "
        "serait suivie d'une ligne vide. Enregistrez-le à nouveau en texte délimité "
        "par des tabulations."
    ),
    "stock-heading-twice": (
        "Dans le fichier de stock {file}, l'en-tête {heading} figure deux fois : "
        "Amazon refuserait tout le fichier. Gardez une seule colonne {heading}."
    ),
    "output-exists": (
        "{file} existe déjà : il n'a pas été remplacé. Choisissez un autre nom "
        "(-o) ou ajoutez --force pour le remplacer."
    ),
    "output-unwritable": (
        "Impossible d'écrire {file} ({detail}). Vérifiez que le dossier existe et "
        "que vous pouvez y écrire."
    ),
    "unexpected": (
        "Erreur inattendue : {detail}. Relancez avec --verbose et signalez le "
        "problème avec ce détail."
    ),
    # Problems of a row: the value, the rule, the fix.
    "problem.row-shape": (
        "La ligne {line} du fichier a {found} {found:champ|champs} au lieu de "
        "{expected} : une tabulation manque ou est en trop, et les valeurs seraient "
        "décalées. Corrigez cette ligne ou téléchargez le rapport à nouveau."
    ),
    "problem.sku-missing": (
        "Le SKU est vide. Chaque ligne doit porter le SKU exact de l'offre à réactiver."
    ),
    "problem.sku-too-long": (
        "Le SKU « {value} » fait {size} octets ; Amazon en accepte {limit} au plus "
        "(une lettre accentuée compte pour deux). Gardez le SKU exact de l'offre : "
        "s'il vient du rapport, signalez-le à Amazon."
    ),
    "problem.sku-duplicate": (
        "Le SKU « {value} » figure sur plusieurs lignes ({rows}) : Amazon "
        "n'appliquerait que l'une d'elles. Gardez une seule ligne par SKU."
    ),
    "problem.sku-spaces": (
        "Le SKU « {value} » commence ou finit par une espace. Il est gardé tel "
        "quel, octet pour octet ; vérifiez que c'est bien le SKU de l'offre."
    ),
    "problem.sku-retyped": (
        "Excel a transformé le {column} saisi en {hint} ({value}) : le texte "
        "d'origine est perdu. Mettez la cellule au format Texte puis retapez la "
        "valeur exacte."
    ),
    "problem.sku-retyped.number": "nombre",
    "problem.sku-retyped.date": "date",
    "problem.asin-missing": (
        "Pas d'ASIN : le rapport n'a pas d'asin1 et son product-id n'est pas de "
        "type 1 (ASIN). Recopiez l'ASIN de l'offre depuis Seller Central "
        "(Gérer l'inventaire) dans product-id."
    ),
    "problem.asin-invalid": (
        "« {value} » n'est pas un ASIN : un ASIN fait 10 caractères, majuscules ou "
        "chiffres. {hint}"
    ),
    "problem.asin-invalid.gtin": (
        "C'est un code-barres (EAN/UPC) : mettez l'ASIN de l'offre, avec "
        "product-id-type 1."
    ),
    "problem.asin-invalid.lowercase": "Écrivez-le en majuscules.",
    "problem.asin-invalid.shape": (
        "Recopiez l'ASIN exact de l'offre depuis Seller Central."
    ),
    "problem.gtin-check-digit": (
        "« {value} » n'est pas un code UPC/EAN valide pour le type {kind}. {hint}"
    ),
    "problem.gtin-check-digit.scientific": (
        "Excel l'a affiché en notation scientifique et a perdu des chiffres : "
        "retapez le code complet dans une cellule au format Texte, ou mieux, "
        "utilisez l'ASIN avec product-id-type 1."
    ),
    "problem.gtin-check-digit.asin": ("C'est un ASIN : mettez product-id-type à 1."),
    "problem.gtin-check-digit.digit": (
        "Sa clé de contrôle est fausse (souvent un chiffre mal recopié). Vérifiez "
        "le code, ou utilisez l'ASIN avec product-id-type 1."
    ),
    "problem.gtin-check-digit.type": (
        "Un code à 12 chiffres est un UPC (type 3), un code à 13 chiffres un EAN "
        "(type 4) : mettez product-id-type {expected}, ou mieux, l'ASIN avec "
        "product-id-type 1."
    ),
    "problem.gtin-check-digit.length": (
        "Un code UPC/EAN a 8, 12, 13 ou 14 chiffres, sans espace ni tiret (un zéro "
        "initial perdu par Excel est fréquent). Utilisez de préférence l'ASIN avec "
        "product-id-type 1."
    ),
    "problem.product-id-type-invalid": (
        "product-id-type « {value} » n'est pas un code connu : 1 (ASIN), 2 (ISBN), "
        "3 (UPC) ou 4 (EAN). Pour réactiver une offre, mettez 1 et l'ASIN."
    ),
    "problem.price-missing": (
        "Le prix est vide. Indiquez le prix de vente, par exemple 24.90."
    ),
    "problem.price-invalid": "Le prix « {value} » {hint}",
    "problem.price-invalid.format": (
        "n'est pas un nombre lisible. Écrivez-le sans symbole monétaire ni "
        "séparateur de milliers, avec un point décimal : 24.90."
    ),
    "problem.price-invalid.comma": (
        "a une virgule décimale : ce fichier part chez Amazon tel quel, et Amazon "
        "lit un point. Écrivez 24.90, pas 24,90."
    ),
    "problem.price-not-positive": (
        "Le prix « {value} » doit être supérieur à 0 : Amazon refuse un prix nul ou "
        "négatif."
    ),
    "problem.price-decimals": (
        "Le prix « {value} » a trop de décimales : le {currency} en a {decimals}. "
        "Arrondissez-le."
    ),
    "problem.price-far-from-report": (
        "Le prix « {value} » est plus de {factor} fois éloigné du prix du rapport "
        "({report}). Vérifiez qu'il n'y a pas de faute de frappe ; la ligne est "
        "exportée quand même."
    ),
    "problem.condition-invalid": (
        "item-condition « {value} » n'est pas un code d'état Amazon. Les articles "
        "Handmade sont neufs : mettez 11."
    ),
    "problem.condition-not-new": (
        "item-condition {value} désigne un article d'occasion ou reconditionné ; "
        "les articles Handmade sont neufs : mettez 11 (sinon Amazon répond 8057)."
    ),
    "problem.quantity-invalid": (
        "La quantité « {value} » doit être un nombre entier, 0 ou plus, écrit sans "
        "décimale (5, pas 5.0)."
    ),
    "problem.quantity-needed": (
        "Offre expédiée par vous sans quantité au-dessus de 0 ({hint}) : elle "
        "resterait fermée. Indiquez le stock disponible, ou une quantité par défaut "
        "(--default-quantity ou paramètres)."
    ),
    "problem.quantity-needed.blank": "la quantité est vide",
    "problem.quantity-needed.zero": "la quantité est {value}",
    "problem.quantity-needed.report": (
        "le rapport donne « {report} » et aucune quantité par défaut n'est réglée"
    ),
    "problem.quantity-on-fba": (
        "Quantité « {value} » sur une offre expédiée par Amazon ({centre}) : elle "
        "passerait en expédition par vous et le stock FBA serait bloqué. Laissez la "
        "quantité vide."
    ),
    "problem.add-delete-invalid": (
        "add-delete « {value} » n'est pas un code connu. Mettez a (ajouter ou "
        "mettre à jour) pour réactiver l'offre."
    ),
    "problem.add-delete-destructive": (
        "add-delete « {value} » supprimerait l'offre. C'est refusé tant que la "
        "suppression n'est pas autorisée (--allow-delete ou paramètres) ; pour "
        "réactiver, mettez a."
    ),
    "problem.fulfillment-center-invalid": (
        "fulfillment-center-id « {value} » ne convient pas à cette place de "
        "marché : attendu {expected} pour une offre expédiée par Amazon, ou vide "
        "(ou DEFAULT) pour une offre expédiée par vous."
    ),
    "problem.control-character": (
        "La valeur de {column} contient un caractère de contrôle ({char}) qui "
        "couperait la ligne du fichier. Retirez-le (souvent un retour à la ligne "
        "saisi avec Alt+Entrée)."
    ),
    "problem.not-encodable": "La valeur de {column} contient {chars} : {hint}",
    "problem.not-encodable.encoding": (
        "l'encodage {encoding} du fichier ne peut pas le représenter. Remplacez ce "
        "caractère, ou choisissez --encoding utf-8."
    ),
    "problem.not-encodable.file-encoding": (
        "le fichier est enregistré en {file_encoding} alors que cette place de "
        "marché attend {encoding}, et Amazon lirait ces caractères de travers. "
        "Enregistrez-le en {encoding}, ou indiquez --encoding {file_encoding} si "
        "vous êtes sûr qu'Amazon l'accepte."
    ),
    "problem.text-damaged": (
        "Le texte de la colonne {column} semble abîmé avant d'arriver ici "
        "(« {value} ») : caractères remplacés par ? ou illisibles. Rien n'est "
        "réparé ; si ce texte compte, téléchargez le rapport depuis Seller Central."
    ),
    "problem.already-active": (
        "L'offre {sku} est déjà active : elle n'est pas exportée."
    ),
    "problem.template-value-missing": (
        "Le modèle ne propose pas la valeur « {value} » dans la colonne {column}. "
        "Téléchargez à nouveau le modèle pour cette place de marché."
    ),
    # The seller's own template (--template).
    "template-legacy-xls": (
        "{file} est un ancien classeur Excel 97-2003 (.xls), qui ne peut pas être "
        "rempli sans risque. Téléchargez à nouveau le modèle depuis Seller Central "
        "en .xlsx ou .xlsm, ou en texte délimité par des tabulations (.txt), et "
        "donnez ce fichier à --template."
    ),
    "template-layout-unknown": (
        "{file} n'est pas un modèle connu de ce produit. Attendu : le modèle "
        "d'offres d'Amazon (.xlsm ou .xlsx, settings= dans la cellule A1) ou "
        "l'Inventory Loader (.txt, .xlsx ou .xlsm avec une ligne d'en-tête de noms "
        "de champs commençant par sku), tel que Seller Central l'a téléchargé "
        "(--template)."
    ),
    "template-settings-invalid": (
        "Les réglages du modèle {file} (ligne 1) sont illisibles : « {key} » manque "
        "ou est abîmé. Téléchargez à nouveau le modèle ; ne modifiez pas la ligne 1."
    ),
    "template-other-marketplace": (
        "Le modèle {file} est celui de la place de marché {found}, mais la place de "
        "marché choisie est {chosen}. Téléchargez le modèle depuis le Seller Central "
        "{chosen}, ou choisissez --marketplace {found}."
    ),
    "template-column-missing": (
        "Le modèle {file} n'a pas de colonne {column}, que cet export doit remplir. "
        "Téléchargez à nouveau le modèle (ou retirez --handling-time s'il s'agit du "
        "délai d'expédition)."
    ),
    "template-column-twice": (
        "Le modèle {file} contient deux fois la colonne {column} : Amazon ne saurait "
        "pas laquelle lire. Téléchargez à nouveau le modèle."
    ),
    "template-lists-missing": (
        "Le modèle {file} n'a pas de feuille « {sheet} » : ses valeurs de liste "
        "déroulante ne peuvent pas être vérifiées. Téléchargez à nouveau le modèle "
        "sans en retirer de feuille."
    ),
    "handling-time-needs-template": (
        "--handling-time ne s'écrit que dans votre propre modèle : donnez-le avec "
        "--template, ou retirez-le."
    ),
    # Command line.
    "cli.severity.error": "erreur",
    "cli.severity.warning": "avertissement",
    "cli.severity.skip": "ignorée",
    "cli.read": (
        "Rapport lu : {file} ({encoding}, {rows} {rows:ligne|lignes}, place de marché "
        "{marketplace})."
    ),
    "cli.read-stock": (
        "Fichier de stock lu : {file} ({encoding}, {rows} {rows:ligne|lignes})."
    ),
    "cli.no-rows": (
        "{file} n'a que sa ligne d'en-tête : aucune offre inactive, rien à "
        "réactiver. Aucun fichier n'a été écrit."
    ),
    "cli.problems": "Problèmes ({count}) :",
    "cli.problem-line": (
        "  ligne {row}{line} | {column} | {code} ({severity}) : {message}"
    ),
    "cli.problem-report-line": " (rapport, ligne {line})",
    "cli.summary": (
        "Résumé : {rows} {rows:ligne|lignes} = {exported} "
        "{exported:exportée|exportées} + {errors} {errors:bloquée|bloquées} par une "
        "erreur + {skipped} {skipped:ignorée|ignorées} + {excluded} "
        "{excluded:exclue|exclues}."
    ),
    "cli.summary-held": (
        "Résumé : {rows} {rows:ligne|lignes} = {exported} "
        "{exported:valide (non écrite)|valides (non écrites)} + {errors} "
        "{errors:bloquée|bloquées} par une erreur + {skipped} "
        "{skipped:ignorée|ignorées} + {excluded} {excluded:exclue|exclues}."
    ),
    "cli.reasons": "Raisons : {reasons}.",
    "cli.written": (
        "Fichier écrit : {file} ({count} {count:ligne|lignes}, {encoding})."
    ),
    "cli.step.read": "rapport lu",
    "cli.step.fill": "fichier de stock rempli",
    "cli.step.check": "lignes vérifiées",
    "cli.written-template": (
        "Fichier écrit : {file} ({count} {count:ligne|lignes}, une copie remplie de "
        "votre modèle)."
    ),
    "cli.upload-hint-template": (
        "Dans Seller Central : Catalogue > Ajouter des produits par fichier, et "
        "envoyez ce modèle rempli comme celui que vous avez téléchargé."
    ),
    "cli.upload-hint": (
        "Dans Seller Central : Catalogue > Ajouter des produits par fichier > type "
        "de fichier « Inventory Loader File »."
    ),
    "cli.not-written": (
        "Aucun fichier écrit : {errors} {errors:ligne a|lignes ont} des erreurs. "
        "{errors:Corrigez-la|Corrigez-les}, ou relancez avec --skip-invalid pour "
        "n'exporter que les lignes valides."
    ),
    "cli.check-ok": "Aucune erreur : le fichier de stock peut être envoyé.",
    "cli.check-errors": (
        "{errors} {errors:ligne serait refusée|lignes seraient refusées} : "
        "{errors:corrigez-la|corrigez-les} avant l'envoi."
    ),
    "cli.demo": (
        "Démonstration : conversion de l'exemple de rapport fourni dans {folder}."
    ),
    "cli.error": "Erreur : {message}",
    # Rapport de traitement, journal d'export et fichier de reprise.
    "processing-report-is-workbook": (
        "{file} est un classeur : le produit ne lit le rapport de traitement qu'au "
        "format texte, car aucune source ne décrit la disposition du format Excel. "
        "Dans Seller Central, téléchargez à nouveau le rapport de traitement en "
        "fichier texte (.txt) et donnez ce fichier."
    ),
    "processing-report-unrecognized": (
        "{file} n'est pas un rapport de traitement : il n'a ni le bloc de résumé "
        "(enregistrements traités, enregistrements réussis) ni le tableau qui "
        "commence par original-record-number. Donnez le rapport de traitement de "
        "l'envoi, tel que Seller Central l'a téléchargé."
    ),
    "processing-heading-missing": (
        "Il manque la colonne {missing} au rapport de traitement {file}. Colonnes "
        "trouvées : {found}. Téléchargez à nouveau le rapport de traitement au "
        "format texte."
    ),
    "processing-record-invalid": (
        "La ligne {line} du rapport de traitement {file} donne « {value} » comme "
        "original-record-number, qui n'est pas un numéro d'enregistrement. "
        "Téléchargez à nouveau le rapport de traitement, sans l'ouvrir dans Excel."
    ),
    "export-log-unreadable": (
        "Le journal d'export {file} est illisible ({detail}). Supprimez ce journal "
        "pour associer les enregistrements dans l'ordre des lignes, ou convertissez "
        "à nouveau le rapport."
    ),
    "export-log-mismatch": (
        "Le journal d'export n'est pas celui du fichier d'envoi {upload} : ils "
        "diffèrent à partir de l'enregistrement {record} ({logged} "
        "{logged:enregistrement|enregistrements} au journal, {rows} "
        "{rows:ligne|lignes} dans le fichier). Donnez le fichier envoyé à Amazon "
        "(--upload), ou supprimez le journal d'export périmé à côté."
    ),
    "error-code.unknown": "Amazon indique : {message}",
    "error-code.5000": (
        "Rien à faire : la même mise à jour a déjà été envoyée dans un fichier "
        "précédent."
    ),
    "error-code.5002": (
        "Erreur interne d'Amazon : envoyez à nouveau la ligne plus tard."
    ),
    "error-code.5003": (
        "Amazon s'est arrêté après trop d'erreurs : corrigez le format du fichier "
        "(en-têtes, tabulations) et envoyez-le à nouveau."
    ),
    "error-code.5004": (
        "Une valeur obligatoire manque : remplissez sku, product-id, "
        "product-id-type, price, item-condition et la quantité (ou "
        "fulfillment-center-id en FBA)."
    ),
    "error-code.5461": (
        "Le product-id ne correspond pas à la marque du produit, ou le propriétaire "
        "de la marque ne vous a pas approuvé (les sources divergent) : utilisez "
        "l'ASIN propre au SKU."
    ),
    "error-code.5500": (
        "Le product-id correspond à plusieurs produits : donnez l'ASIN, avec "
        "product-id-type 1."
    ),
    "error-code.5501": (
        "Aucun produit n'a ce product-id : comparez-le avec la colonne asin1 du "
        "rapport."
    ),
    "error-code.5503": (
        "Le product-id n'est pas l'ASIN déjà associé à ce SKU : utilisez l'ASIN "
        "propre au SKU (la colonne asin1 du rapport), pas un EAN."
    ),
    "error-code.5505": (
        "Le product-id n'est pas un ASIN, UPC, EAN ou ISBN valide : vérifiez ce code "
        "et son product-id-type."
    ),
    "error-code.5665": (
        "La marque n'est pas approuvée : demandez son approbation au support vendeur."
    ),
    "error-code.6024": (
        "Vous n'êtes pas autorisé à vendre cette marque dans cette catégorie : "
        "vérifiez que vos droits de vente, Handmade compris, sont entièrement "
        "rétablis."
    ),
    "error-code.8005": (
        "La modification rattacherait le SKU à un autre ASIN : gardez l'ASIN propre "
        "au SKU."
    ),
    "error-code.8026": (
        "Vous n'êtes pas approuvé pour cette catégorie de produits : vérifiez votre "
        "approbation Handmade auprès du support vendeur."
    ),
    "error-code.8057": (
        "L'état diffère de celui du SKU dans le catalogue : gardez item-condition "
        "11 (neuf)."
    ),
    "error-code.8541": (
        "Les données du SKU contredisent le catalogue d'Amazon : utilisez l'ASIN "
        "propre au SKU et ne modifiez aucun champ produit."
    ),
    "error-code.8542": (
        "Les données du SKU correspondent à plusieurs produits du catalogue : "
        "utilisez l'ASIN propre au SKU."
    ),
    "error-code.8556": (
        "Le produit correspond désormais à un produit restreint et l'offre a été "
        "retirée : contactez le support vendeur."
    ),
    "error-code.8560": (
        "Le product-id ne mène à aucun produit : utilisez l'ASIN propre au SKU avec "
        "product-id-type 1."
    ),
    "error-code.8566": (
        "Le SKU ne correspond à aucun ASIN : vérifiez le SKU et son ASIN d'après le "
        "rapport."
    ),
    "error-code.8571": (
        "La limite hebdomadaire de nouveaux ASIN est atteinte : une réactivation "
        "n'en crée aucun, utilisez donc l'ASIN existant du SKU."
    ),
    "error-code.8572": (
        "Le product-id ne correspond ni à la marque ni au produit : utilisez l'ASIN "
        "propre au SKU."
    ),
    "error-code.13013": (
        "Ce SKU n'existe plus sur la place de marché : vérifiez qu'il n'y a pas de "
        "faute de frappe, sinon l'offre a été supprimée et doit être recréée."
    ),
    "error-code.20000": (
        "Amazon n'arrive pas à lire l'image du produit : vérifiez les images de "
        "l'annonce."
    ),
    "error-code.90057": (
        "Une valeur obligatoire manque ou est fausse : vérifiez chaque colonne de "
        "la ligne."
    ),
    "error-code.99001": (
        "Une valeur obligatoire manque : vérifiez chaque colonne de la ligne."
    ),
    "error-code.99010": (
        "Une valeur est refusée : vérifiez chaque colonne de la ligne."
    ),
    "error-code.90113": (
        "Une valeur dépasse son maximum : vérifiez le prix et la quantité."
    ),
    "error-code.90114": (
        "Une valeur est sous son minimum (un prix vaut au moins 0.01) : vérifiez "
        "le prix."
    ),
    "error-code.90118": (
        "Le SKU dépasse 40 octets : Amazon ne peut pas le prendre tel quel."
    ),
    "error-code.90220": (
        "Un attribut obligatoire manque (flux d'annonces JSON) : ajoutez-le."
    ),
    "error-code.99022": "Le prix manque (flux d'annonces JSON) : indiquez-en un.",
    "cli.retry-read": (
        "Rapport de traitement lu : {file} ({encoding}) : {processed} "
        "{processed:enregistrement traité|enregistrements traités}, {successful} "
        "{successful:réussi|réussis}, {lines} {lines:ligne|lignes} de problème."
    ),
    "cli.retry-by-log": "Enregistrements associés grâce au journal d'export {file}.",
    "cli.retry-by-order": (
        "Pas de journal d'export {file} : enregistrements associés dans l'ordre des "
        "lignes (l'enregistrement 1 est la première ligne de données), vérifiés "
        "d'après les SKU que donne le rapport."
    ),
    "cli.retry-count-differs": (
        "Amazon a traité {processed} {processed:enregistrement|enregistrements} mais "
        "le fichier d'envoi compte {rows} {rows:ligne|lignes} : {hint} Vérifiez que "
        "ce rapport est bien celui de ce fichier."
    ),
    "cli.retry-count-differs.fewer": (
        "les lignes après l'enregistrement {processed} comptent comme non traitées "
        "et vont dans le fichier de reprise."
    ),
    "cli.retry-count-differs.more": (
        "le rapport compte des enregistrements que ce fichier n'a pas."
    ),
    "cli.retry-successful-differs": (
        "Amazon annonce {successful} "
        "{successful:enregistrement réussi|enregistrements réussis} sur {processed}, "
        "mais le rapport n'en refuse que {refused} : des lignes de problème manquent. "
        "Téléchargez à nouveau le rapport de traitement complet."
    ),
    "cli.retry-fatal": (
        "Amazon n'a pas traité le fichier (erreur fatale) : toutes les lignes vont "
        "dans le fichier de reprise."
    ),
    "cli.retry-file-line": "  fichier entier | {code} ({type}) : {fix}",
    "cli.retry-row": (
        "  enregistrement {record} | ligne {line}{stock} | {sku} | {verdict}"
    ),
    "cli.retry-stock-row": ", ligne de stock {row}",
    "cli.retry-problem": "      {code} ({type}) : {fix}",
    "cli.verdict.accepted": "acceptée",
    "cli.verdict.warning": "acceptée avec avertissements",
    "cli.verdict.error": "refusée",
    "cli.verdict.fatal": "non traitée",
    "cli.retry-unmatched": "Lignes qui ne correspondent à aucune ligne ({count}) :",
    "cli.retry-unmatched.no-such-record": (
        "  rapport, ligne {line} | enregistrement {record} | {sku} | le fichier "
        "d'envoi n'a que {rows} {rows:ligne|lignes} de données | {code} ({type}) : "
        "{fix}"
    ),
    "cli.retry-unmatched.sku-mismatch": (
        "  rapport, ligne {line} | enregistrement {record} | {sku} | cet "
        "enregistrement contient {expected} | {code} ({type}) : {fix}"
    ),
    "cli.retry-summary": (
        "Résumé : {rows} {rows:ligne|lignes} = {accepted} "
        "{accepted:acceptée|acceptées} + {warning} {warning:acceptée|acceptées} avec "
        "avertissements + {error} {error:refusée|refusées} + {fatal} non "
        "{fatal:traitée|traitées} ; {unmatched} {unmatched:ligne|lignes} du rapport "
        "sans correspondance."
    ),
    "cli.retry-written": (
        "Fichier de reprise écrit : {file} ({count} {count:ligne|lignes}, {encoding})."
    ),
    "cli.retry-by-sku": (
        "Le fichier envoyé est un modèle Excel : enregistrements associés par SKU."
    ),
    "cli.retry-unmatched.no-such-sku": (
        "  rapport, ligne {line} | enregistrement {record} | {sku} | aucune ligne du "
        "fichier d'envoi n'a ce SKU | {code} ({type}) : {fix}"
    ),
    "cli.retry-written-template": (
        "Fichier de reprise écrit : {file} ({count} {count:ligne|lignes}, une copie "
        "de votre modèle)."
    ),
    "cli.retry-nothing": "Aucune ligne à renvoyer : pas de fichier de reprise écrit.",
    "cli.retry-check": (
        "Des lignes du rapport ne correspondent à aucune ligne : vérifiez que le "
        "rapport de traitement est bien celui de ce fichier d'envoi (--upload)."
    ),
    # Boutons d'Excel.
    "excel-title": "Handmade Relist",
    "excel-control-unknown": (
        "Le bouton « {control} » n'a pas d'action dans cette version de Handmade "
        "Relist. Créez à nouveau le classeur avec handmade-relist new-workbook."
    ),
    "excel-busy": (
        "Une autre action est encore en cours sur ce classeur. Attendez qu'elle se "
        "termine, puis cliquez à nouveau (si aucune ne tourne, supprimez {lock})."
    ),
    "excel-unexpected": (
        "Un imprévu a arrêté l'action ; rien n'a été exporté. Le détail est dans "
        "{log} : envoyez ce fichier à l'assistance."
    ),
    "excel-progress": "Handmade Relist : {step} ({percent} %)",
    "excel-step.import": "importation",
    "excel-step.fill": "remplissage",
    "excel-step.check": "vérification",
    "excel-table-missing": (
        "Le tableau {table} manque dans ce classeur : il n'a pas été créé par "
        "Handmade Relist, ou le tableau a été supprimé. Créez à nouveau le classeur "
        "avec handmade-relist new-workbook."
    ),
    "excel-name-missing": (
        "La cellule nommée {name} manque dans ce classeur. Créez à nouveau le "
        "classeur avec handmade-relist new-workbook."
    ),
    "excel-setting-invalid": (
        "Le réglage « {label} » (cellule {setting} de la feuille {sheet}) contient "
        "« {value} » : {hint} Corrigez cette valeur."
    ),
    "excel-setting-invalid.flag": "il prend VRAI ou FAUX.",
    "excel-setting-invalid.whole": "il prend un nombre entier, ou rien.",
    "excel-setting-invalid.marketplace-unknown": (
        "aucune place de marché n'a ce code ; choisissez l'une de : {choices}."
    ),
    "excel-setting-invalid.default-quantity-invalid": (
        "il prend un nombre entier d'au moins 1, ou rien, car 0 laisse l'offre fermée."
    ),
    "excel-setting-invalid.handling-time-invalid": (
        "il prend un nombre de jours entier, 0 ou plus, ou rien."
    ),
    "excel-setting-invalid.encoding-unknown": (
        "aucun encodage ne porte ce nom ; indiquez par exemple utf-8, cp1252 ou "
        "cp932, ou videz la cellule pour celui de la place de marché."
    ),
    "excel-setting-invalid.encoding-bom": (
        "cet encodage écrit une marque d'ordre des octets (BOM), qu'Amazon lirait "
        "comme faisant partie de l'en-tête sku ; indiquez utf-8 (sans BOM), cp1252 "
        "ou cp932."
    ),
    "excel-no-path": (
        "Aucun fichier choisi : cliquez à nouveau sur le bouton et choisissez un "
        "fichier."
    ),
    "excel-report-empty": (
        "{file} ne contient que sa ligne d'en-tête : aucune offre inactive, rien à "
        "importer. Le classeur n'a pas été modifié."
    ),
    "excel-imported": (
        "Rapport importé : {file}, {rows} {rows:ligne|lignes} ; le fichier de stock "
        "en est rempli."
    ),
    "excel-filled": "Fichier de stock rempli : {rows} {rows:ligne|lignes}.",
    "excel-overrides-kept": "{count} {count:ligne a|lignes ont} gardé vos corrections.",
    "excel-overrides-discarded": (
        "Les corrections de {count} {count:ligne|lignes} ont été abandonnées, comme "
        "le demande votre réglage (garder mes corrections à la réimportation)."
    ),
    "excel-skus-gone": (
        "{count} SKU {count:n'est|ne sont} plus dans le rapport : {skus}."
    ),
    "excel-checked": (
        "Vérification : {rows} {rows:ligne|lignes} = {exported} "
        "{exported:prête|prêtes} + {errors} en erreur + {skipped} "
        "{skipped:ignorée|ignorées} + {excluded} {excluded:exclue|exclues} ; "
        "{warnings} avec avertissement. La feuille Problèmes mène à chacun."
    ),
    "excel-export-errors": (
        "{errors} {errors:ligne a|lignes ont} des erreurs et ne "
        "{errors:peut|peuvent} pas être {errors:exportée|exportées} (voir la "
        "feuille Problèmes). Exporter seulement {valid} "
        "{valid:ligne valide|lignes valides} ?"
    ),
    "excel-export-replace": "{file} existe déjà. Le remplacer ?",
    "excel-export-cancelled": "Rien n'a été exporté.",
    "excel-export-nothing": (
        "Aucune ligne ne peut être exportée : corrigez les problèmes listés dans la "
        "feuille Problèmes, ou mettez oui dans la colonne export."
    ),
    "excel-exported": "Fichier écrit : {file} ({encoding}).",
    "excel-export-summary": (
        "{rows} {rows:ligne|lignes} = {exported} {exported:exportée|exportées} + "
        "{errors} {errors:écartée|écartées} par une erreur + {skipped} "
        "{skipped:ignorée|ignorées} + {excluded} {excluded:exclue|exclues}."
    ),
    "excel-step.processing": "rapport de traitement",
    "excel-template-missing": (
        "Le modèle nommé dans la feuille Réglages, {file}, est introuvable. "
        "Corrigez son chemin, ou videz-le pour exporter en texte."
    ),
    "excel-processing-no-export": (
        "La feuille Journal des exports ne garde aucun export : exportez le fichier "
        "de stock, envoyez-le dans Seller Central, puis importez le rapport de "
        "traitement qu'il donne."
    ),
    "excel-processing-read": (
        "Rapport de traitement {file} associé au dernier export, {upload} du {time}."
    ),
    "excel-processing-summary": (
        "{rows} {rows:ligne|lignes} = {accepted} {accepted:acceptée|acceptées} + "
        "{warning} {warning:acceptée|acceptées} avec avertissements + {error} "
        "{error:refusée|refusées} + {fatal} non {fatal:traitée|traitées}. La feuille "
        "Problèmes dit pourquoi."
    ),
    "excel-processing-count-differs": (
        "Amazon a traité {processed} {processed:enregistrement|enregistrements} mais "
        "{upload} en contient {rows} : vérifiez que le rapport est bien celui de cet "
        "envoi."
    ),
    "excel-processing-unmatched": (
        "{count} {count:ligne|lignes} du rapport ne "
        "{count:correspond|correspondent} à aucune ligne de {upload} ; la feuille "
        "Problèmes {count:la|les} liste. Vérifiez que le rapport est bien celui de "
        "cet envoi."
    ),
    "excel-processing-gone": (
        "{count} SKU {count:exporté n'est|exportés ne sont} plus dans la feuille de "
        "stock : {skus}."
    ),
    "excel-processing-problem": "Amazon {code} : {fix}",
    "excel-processing-file-line": "Fichier entier : {fix}",
    "excel-processing-unmatched-line": (
        "L'enregistrement {record} ({sku}) ne correspond à aucune ligne de "
        "l'envoi : {fix}"
    ),
    "excel-processing-row-gone": (
        "L'enregistrement {record} ({sku}) n'est plus dans la feuille de stock : {fix}"
    ),
    "excel-processing-retry-ask": (
        "{count} {count:ligne a été refusée ou non traitée|lignes ont été refusées "
        "ou non traitées}. Écrire un fichier de reprise qui ne contient "
        "{count:qu'elle|qu'elles} ({file}, à côté du fichier d'envoi) ?"
    ),
    "excel-processing-retry-written": (
        "Fichier de reprise écrit : {file} ({count} {count:ligne|lignes}), noté dans "
        "la feuille Journal des exports."
    ),
    "excel-processing-upload-missing": (
        "Le fichier d'envoi {file} n'est plus là : aucun fichier de reprise ne peut "
        "en être tiré. Remettez ce fichier à sa place, ou exportez de nouveau les "
        "lignes refusées depuis la feuille de stock."
    ),
    "excel-diagnostics": (
        "Handmade Relist {version} ; {packages} (classeur fait pour xlwings "
        "{workbook_xlwings}) ; Python {python} : {interpreter}. Classeur : "
        "{workbook}. Journal : {log}. Réglages : {settings}."
    ),
}
