// Package ticket pulls out what a support ticket needs: request and trace
// ids, the server and CDN, the time of the response and the endpoint.
package ticket

import (
	"strings"

	"github.com/httpexplain/httpexplain/app/message"
)

// ID is one request or trace id.
type ID struct {
	Name  string // the field it came from, as pasted, or "body:request_id"
	Value string
}

// Facts is what a ticket needs about one exchange.
type Facts struct {
	IDs      []ID
	Server   string
	CDN      string
	Time     string // the response's Date, as pasted
	Endpoint string // "POST https://api.example.com/v1/users"
}

// maxIDLength bounds an id worth reporting; longer values are not ids.
const maxIDLength = 256

// Read returns the ticket facts of ex.
func Read(ex *message.Exchange) Facts {
	var f Facts
	if ex == nil {
		return f
	}
	if req := ex.Request; req != nil {
		target := req.URL
		if target == "" {
			target = req.Target
		}
		f.Endpoint = strings.TrimSpace(req.Method + " " + target)
	}
	resp := ex.Response
	if resp == nil {
		return f
	}
	f.Time = resp.Header.Get("Date")
	f.Server = resp.Header.Get("Server")
	f.CDN = strings.Join(cdns(resp.Header), ", ")
	seen := map[string]bool{}
	add := func(id ID) {
		id.Value = strings.TrimSpace(id.Value)
		if id.Value == "" || len(id.Value) > maxIDLength || seen[id.Value] {
			return
		}
		seen[id.Value] = true
		f.IDs = append(f.IDs, id)
	}
	for _, id := range headerIDs(resp.Header) {
		add(id)
	}
	for _, id := range bodyIDs(resp.Body) {
		add(id)
	}
	return f
}
