package ui

import (
	"strconv"
	"strings"

	"github.com/httpexplain/httpexplain/app/message"
	"github.com/httpexplain/httpexplain/app/report"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// renderBody shows the selected exchange's body.
func renderBody(ex *report.Exchange, b *message.Body) app.UI {
	if ex.Response == nil || ex.Response.Body == nil {
		return nil
	}
	rb := ex.Response.Body
	head := app.P().Class("muted", "small").Text(bodyFacts(rb))
	if b == nil || len(b.Bytes) == 0 {
		if rb.Omitted {
			return section("body", "Body", head, app.P().Text("The paste says there was a body but does not include it."))
		}
		return nil
	}
	// The body view states the media type and size itself.
	return section("body", "Body", &BodyView{Body: b})
}

// bodyFacts is the one-line description of a body.
func bodyFacts(b *report.Body) string {
	parts := []string{strconv.Itoa(b.Length) + " bytes"}
	if b.MediaType != "" {
		parts = append(parts, b.MediaType)
	}
	if b.JSON {
		parts = append(parts, "valid JSON")
	}
	if e := b.JSONError; e != nil {
		parts = append(parts, "JSON error at line "+strconv.Itoa(e.Line)+", column "+strconv.Itoa(e.Column)+": "+e.Message)
	}
	return strings.Join(parts, " · ")
}
