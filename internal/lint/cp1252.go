package lint

// cp1252High maps bytes 0x80–0x9F as Windows-1252 decodes them (the WHATWG Encoding Standard's
// index-windows-1252). The five bytes Windows leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D)
// decode to the C1 control of the same value, as browsers and Windows do. Every other byte
// decodes to the code point of the same value: ASCII below, Latin-1 from 0xA0.
var cp1252High = [32]rune{
	'€', 0x81, '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', 0x8D, 'Ž', 0x8F,
	0x90, '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', 0x9D, 'ž', 'Ÿ',
}

// decodeCP1252 reads bytes as Windows-1252 text.
func decodeCP1252(b []byte) string {
	rs := make([]rune, len(b))
	for i, c := range b {
		if c >= 0x80 && c <= 0x9F {
			rs[i] = cp1252High[c-0x80]
		} else {
			rs[i] = rune(c)
		}
	}
	return string(rs)
}
