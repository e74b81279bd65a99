// The named character references HTMLTextExtractor decodes.
//
// Not the full HTML5 table (over 2,000 names) but the ones that occur in
// Dutch web pages: markup characters, spaces and dashes, typographic quotes,
// and the accented letters of Dutch, French and German words. A name that is
// missing here stays in the text as written (for example "&zeta;"); add it
// below when a page needs it. Numeric references (&#233; &#xE9;) always work.
// A soft hyphen (&shy;) is dropped so that it cannot split a word in two.

extension HTMLTextExtractor {
    static let namedEntities: [String: String] = [
        // Markup and spacing
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'",
        "nbsp": "\u{00A0}", "ensp": "\u{2002}", "emsp": "\u{2003}", "thinsp": "\u{2009}",
        "shy": "", "zwj": "\u{200D}", "zwnj": "\u{200C}",
        // Punctuation
        "ndash": "\u{2013}", "mdash": "\u{2014}", "hellip": "\u{2026}", "bull": "\u{2022}",
        "middot": "\u{00B7}", "lsquo": "\u{2018}", "rsquo": "\u{2019}", "sbquo": "\u{201A}",
        "ldquo": "\u{201C}", "rdquo": "\u{201D}", "bdquo": "\u{201E}",
        "laquo": "\u{00AB}", "raquo": "\u{00BB}", "iexcl": "\u{00A1}", "iquest": "\u{00BF}",
        "sect": "\u{00A7}", "para": "\u{00B6}", "dagger": "\u{2020}",
        // Signs
        "copy": "\u{00A9}", "reg": "\u{00AE}", "trade": "\u{2122}", "euro": "\u{20AC}",
        "pound": "\u{00A3}", "cent": "\u{00A2}", "deg": "\u{00B0}", "plusmn": "\u{00B1}",
        "times": "\u{00D7}", "divide": "\u{00F7}", "frac12": "\u{00BD}", "frac14": "\u{00BC}",
        "frac34": "\u{00BE}", "sup2": "\u{00B2}", "sup3": "\u{00B3}", "micro": "\u{00B5}",
        "rarr": "\u{2192}", "larr": "\u{2190}",
        // Lower-case letters
        "aacute": "á", "agrave": "à", "acirc": "â", "auml": "ä", "atilde": "ã", "aring": "å", "aelig": "æ",
        "ccedil": "ç",
        "eacute": "é", "egrave": "è", "ecirc": "ê", "euml": "ë",
        "iacute": "í", "igrave": "ì", "icirc": "î", "iuml": "ï",
        "ntilde": "ñ",
        "oacute": "ó", "ograve": "ò", "ocirc": "ô", "ouml": "ö", "otilde": "õ", "oslash": "ø", "oelig": "œ",
        "uacute": "ú", "ugrave": "ù", "ucirc": "û", "uuml": "ü",
        "yacute": "ý", "yuml": "ÿ", "szlig": "ß",
        // Upper-case letters
        "Aacute": "Á", "Agrave": "À", "Acirc": "Â", "Auml": "Ä", "Atilde": "Ã", "Aring": "Å", "AElig": "Æ",
        "Ccedil": "Ç",
        "Eacute": "É", "Egrave": "È", "Ecirc": "Ê", "Euml": "Ë",
        "Iacute": "Í", "Igrave": "Ì", "Icirc": "Î", "Iuml": "Ï",
        "Ntilde": "Ñ",
        "Oacute": "Ó", "Ograve": "Ò", "Ocirc": "Ô", "Ouml": "Ö", "Otilde": "Õ", "Oslash": "Ø", "OElig": "Œ",
        "Uacute": "Ú", "Ugrave": "Ù", "Ucirc": "Û", "Uuml": "Ü",
        "Yacute": "Ý",
    ]
}
