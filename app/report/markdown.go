package report

import (
	"fmt"
	"strings"
)

// Markdown returns the summary a support engineer pastes into a chat: for
// the selected exchange, the summary, next steps, the field errors as a
// table, the rate-limit reset and the ticket ids; the other exchanges of a
// chain are listed by title.
func (d *Document) Markdown() string {
	var b strings.Builder
	e := d.SelectedExchange()
	if e == nil {
		b.WriteString("**httpexplain:** nothing in the paste looks like an HTTP response.\n")
		for _, g := range d.Diagnostics {
			fmt.Fprintf(&b, "- %s\n", mdText(g.Message))
		}
		return b.String()
	}
	fmt.Fprintf(&b, "**%s**\n\n", mdText(e.Title()))
	if e.Summary != "" {
		fmt.Fprintf(&b, "%s\n\n", mdText(e.Summary))
	}
	if v := e.Validation; v != nil && len(v.Fields) > 0 {
		b.WriteString("| Field | Problem |\n|---|---|\n")
		for _, f := range v.Fields {
			name := f.Field
			if name == "" {
				name = "(request)"
			}
			fmt.Fprintf(&b, "| `%s` | %s |\n", mdCode(name), mdCell(strings.Join(f.Messages, "; ")))
		}
		b.WriteString("\n")
	}
	if rl := e.RateLimit; rl != nil && rl.ResetAt != nil {
		fmt.Fprintf(&b, "**Rate limit resets:** %s", humanTime(*rl.ResetAt))
		if rl.Remaining != nil && rl.Limit != nil {
			fmt.Fprintf(&b, " (%d of %d left)", *rl.Remaining, *rl.Limit)
		}
		b.WriteString("\n\n")
	}
	if len(e.NextSteps) > 0 {
		b.WriteString("**Next steps**\n")
		for _, s := range e.NextSteps {
			fmt.Fprintf(&b, "- %s\n", mdText(s))
		}
		b.WriteString("\n")
	}
	switch {
	case len(e.IDs) > 0:
		b.WriteString("**For the ticket:**")
		for _, id := range e.IDs {
			fmt.Fprintf(&b, " `%s: %s`", mdCode(id.Name), mdCode(id.Value))
		}
		if e.Time != "" {
			fmt.Fprintf(&b, " (response Date: %s)", mdText(e.Time))
		}
		b.WriteString("\n\n")
	case e.Time != "":
		fmt.Fprintf(&b, "**Response date:** %s\n\n", mdText(e.Time))
	}
	if len(d.Exchanges) > 1 {
		b.WriteString("**All exchanges in the paste:**\n")
		for i := range d.Exchanges {
			mark := ""
			if i == d.Selected {
				mark = " ← this one"
			}
			fmt.Fprintf(&b, "%d. %s%s\n", i+1, mdText(d.Exchanges[i].Title()), mark)
		}
		b.WriteString("\n")
	}
	b.WriteString("_Explained by httpexplain; nothing was sent anywhere._\n")
	return b.String()
}

// mdText escapes what Markdown would otherwise read as markup in pasted
// text: links, HTML, code and emphasis. Underscores are left alone: inside
// words (rate_limited) they are not markup, and chat tools that do not
// read Markdown would show the backslashes.
func mdText(s string) string {
	r := strings.NewReplacer(`\`, `\\`, "`", "\\`", "*", `\*`, "[", `\[`, "]", `\]`, "<", "&lt;", ">", "&gt;", "|", `\|`, "\n", " ")
	return r.Replace(s)
}

// mdCell is mdText for a table cell.
func mdCell(s string) string { return mdText(s) }

// mdCode keeps text inside a code span: backticks cannot be escaped there,
// so they become a look-alike quote.
func mdCode(s string) string {
	return strings.NewReplacer("`", "'", "\n", " ", "|", `\|`).Replace(s)
}
