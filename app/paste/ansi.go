package paste

import "strings"

// stripANSI removes terminal colour and control sequences (CSI "ESC [ … m"
// and OSC "ESC ] … BEL"), which HTTPie --pretty=all and coloured jq leave in
// a paste.
func (r *reader) stripANSI(ls []line) []line {
	for i := range ls {
		if strings.IndexByte(ls[i].text, 0x1b) < 0 {
			continue
		}
		ls[i].text = removeEscapes(ls[i].text)
		r.repaired("ansi", ls[i].num, "removed terminal colour codes (ANSI escape sequences)")
	}
	return ls
}

func removeEscapes(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != 0x1b {
			b.WriteByte(c)
			continue
		}
		if i+1 >= len(s) {
			break
		}
		switch s[i+1] {
		case '[':
			j := i + 2
			for j < len(s) && (s[j] < 0x40 || s[j] > 0x7e) {
				j++
			}
			i = j
		case ']':
			j := i + 2
			for j < len(s) && s[j] != 0x07 && !(s[j] == 0x1b && j+1 < len(s) && s[j+1] == '\\') {
				j++
			}
			if j < len(s) && s[j] == 0x1b {
				j++
			}
			i = j
		default:
			i++
		}
	}
	return b.String()
}
