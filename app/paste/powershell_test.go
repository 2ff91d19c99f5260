package paste

import (
	"testing"

	"github.com/httpexplain/httpexplain/app/message"
)

// An error record shows the status and no header: the response says so,
// and a property list is not taken for one.
func TestPowerShellHeaderUnseen(t *testing.T) {
	for _, tc := range []struct {
		in     string
		status int
		unseen bool
	}{
		{"Invoke-WebRequest : The remote server returned an error: (503) Server Unavailable.\nAt line:1 char:1\n", 503, true},
		{"Invoke-RestMethod: Response status code does not indicate success: 404 (Not Found).\n", 404, true},
		{"StatusCode        : 204\nStatusDescription : No Content\nRawContent        : HTTP/1.1 204 No Content\n                    Date: Tue, 01 Dec 2026 10:00:00 GMT\n", 204, false},
	} {
		doc := Read([]byte(tc.in))
		if doc.Format != message.FormatPowerShell || len(doc.Exchanges) != 1 || doc.Exchanges[0].Response == nil {
			t.Fatalf("%q: read as %s with %d exchanges", tc.in, doc.Format, len(doc.Exchanges))
		}
		r := doc.Exchanges[0].Response
		if r.Status != tc.status || r.HeaderUnseen != tc.unseen {
			t.Errorf("%q: status %d, header unseen %v; want %d, %v", tc.in, r.Status, r.HeaderUnseen, tc.status, tc.unseen)
		}
	}
}
