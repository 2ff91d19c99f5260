package paste

import "strings"

// dropHTTPieMeta drops the "Elapsed time: 0.12s" line that HTTPie --meta
// and -vv print after the response.
func (r *reader) dropHTTPieMeta(ls []line) []line {
	ls = trimBlankTail(ls)
	if n := len(ls); n > 0 {
		if t := trimOWS(ls[n-1].text); strings.HasPrefix(t, "Elapsed time: ") && strings.HasSuffix(t, "s") {
			r.info(ls[n-1].num, "dropped HTTPie's %s line", quote(t))
			return ls[:n-1]
		}
	}
	return ls
}
