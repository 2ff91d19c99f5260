package status

import (
	"strings"

	"github.com/httpexplain/httpexplain/app/message"
)

// header builds a Header from "Name: value" lines, numbering them from
// line 2 as if they followed a status line.
func header(lines ...string) message.Header {
	var h message.Header
	for i, l := range lines {
		name, value, _ := strings.Cut(l, ":")
		h = append(h, message.Field{Name: name, Value: strings.TrimSpace(value), Line: i + 2})
	}
	return h
}
