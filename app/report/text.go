package report

import (
	"fmt"
	"io"
	"strings"
)

// formatNames are the input shapes in words.
var formatNames = map[string]string{
	"http":         "raw HTTP",
	"curl-verbose": "curl -v output",
	"har":          "HAR file",
	"devtools":     "browser devtools copy",
	"httpie":       "HTTPie output",
	"wget":         "wget -S output",
	"powershell":   "PowerShell Invoke-WebRequest output",
	"headers":      "header block without status line",
	"body":         "body without headers",
	"unknown":      "not recognised",
}

// FormatName returns the input shape in words.
func FormatName(id string) string {
	if n, ok := formatNames[id]; ok {
		return n
	}
	return id
}

// textStyle switches ANSI colour on or off.
type textStyle bool

func (c textStyle) wrap(code, s string) string {
	if !c {
		return s
	}
	return "\x1b[" + code + "m" + s + "\x1b[0m"
}

func (c textStyle) bold(s string) string { return c.wrap("1", s) }

func (c textStyle) level(l string) string {
	tag := "[" + l + "]"
	switch l {
	case "bad", "error":
		return c.wrap("31", tag)
	case "warn":
		return c.wrap("33", tag)
	case "good":
		return c.wrap("32", tag)
	}
	return c.wrap("36", tag)
}

// WriteText writes the report for a terminal; color adds ANSI colours.
func (d *Document) WriteText(w io.Writer, color bool) error {
	c := textStyle(color)
	var b strings.Builder
	fmt.Fprintf(&b, "%s %s, %d exchange(s)\n", c.bold("Input:"), FormatName(d.InputFormat), len(d.Exchanges))
	if len(d.Diagnostics) > 0 {
		b.WriteString(c.bold("Diagnostics:") + "\n")
		for _, g := range d.Diagnostics {
			fmt.Fprintf(&b, "  %s %s%s\n", c.level(g.Level), lineRef(g.Line), g.Message)
		}
	}
	for i := range d.Exchanges {
		b.WriteString("\n")
		d.Exchanges[i].writeText(&b, c, i, len(d.Exchanges), i == d.Selected)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func lineRef(n int) string {
	if n <= 0 {
		return ""
	}
	return fmt.Sprintf("line %d: ", n)
}

// Title is a one-line name for the exchange: "POST /v1/users → 422".
func (e *Exchange) Title() string {
	var parts []string
	if r := e.Request; r != nil {
		u := r.URL
		if u == "" {
			u = r.Target
		}
		parts = append(parts, strings.TrimSpace(r.Method+" "+u))
	}
	if r := e.Response; r != nil {
		s := "status not in the paste"
		if r.Status != 0 {
			s = fmt.Sprint(r.Status)
			if e.Status != nil && e.Status.Title != "" {
				s += " " + e.Status.Title
			}
		}
		parts = append(parts, s)
	} else {
		parts = append(parts, "no response")
	}
	return strings.Join(parts, " → ")
}

func (e *Exchange) writeText(b *strings.Builder, c textStyle, i, n int, selected bool) {
	mark := ""
	if selected && n > 1 {
		mark = " (selected)"
	}
	fmt.Fprintf(b, "%s\n", c.bold(fmt.Sprintf("── Exchange %d of %d%s: %s", i+1, n, mark, e.Title())))
	if e.Summary != "" {
		fmt.Fprintf(b, "%s %s\n", c.bold("Summary:"), e.Summary)
	}
	if len(e.NextSteps) > 0 {
		b.WriteString(c.bold("Next steps:") + "\n")
		for _, s := range e.NextSteps {
			fmt.Fprintf(b, "  - %s\n", s)
		}
	}
	if v := e.Vendor; v != nil {
		fmt.Fprintf(b, "%s %s (%s)\n", c.bold("Vendor:"), v.Name, v.Why)
	}
	if s := e.Status; s != nil && s.Code != 0 {
		reg := "registered"
		if !s.Registered {
			reg = "unregistered"
		}
		fmt.Fprintf(b, "%s %d %s (%s, %s)\n", c.bold("Status:"), s.Code, s.Title, reg, s.Class)
		if s.Summary != "" {
			fmt.Fprintf(b, "  %s\n", s.Summary)
		}
		if s.VendorMeaning != "" {
			fmt.Fprintf(b, "  %s: %s\n", e.vendorName(), s.VendorMeaning)
		}
		if s.Retry != "" {
			fmt.Fprintf(b, "  Retry: %s", s.Retry)
			if s.RetryWhy != "" {
				fmt.Fprintf(b, " (%s)", s.RetryWhy)
			}
			b.WriteString("\n")
		}
		if s.Reference != "" {
			fmt.Fprintf(b, "  Reference: %s\n", s.Reference)
		}
	}
	if v := e.Validation; v != nil {
		label := "Error body:"
		if len(v.Fields) > 0 {
			label = "Validation errors:"
		}
		fmt.Fprintf(b, "%s %s", c.bold(label), v.Format)
		if v.Message != "" {
			fmt.Fprintf(b, ": %s", v.Message)
		}
		if v.Code != "" {
			fmt.Fprintf(b, " [%s]", v.Code)
		}
		b.WriteString("\n")
		for _, f := range v.Fields {
			name := f.Field
			if name == "" {
				name = "(request)"
			}
			fmt.Fprintf(b, "  %s: %s\n", name, strings.Join(f.Messages, "; "))
		}
	}
	if rl := e.RateLimit; rl != nil {
		fmt.Fprintf(b, "%s %s\n", c.bold("Rate limit:"), rateLimitWords(rl))
	}
	for _, t := range e.Tokens {
		fmt.Fprintf(b, "%s %s\n", c.bold("Token:"), tokenWords(t))
	}
	if len(e.IDs) > 0 || e.Server != "" || e.CDN != "" {
		b.WriteString(c.bold("For the ticket:") + "\n")
		for _, id := range e.IDs {
			fmt.Fprintf(b, "  %s: %s\n", id.Name, id.Value)
		}
		if e.Server != "" {
			fmt.Fprintf(b, "  Server: %s\n", e.Server)
		}
		if e.CDN != "" {
			fmt.Fprintf(b, "  CDN: %s\n", e.CDN)
		}
		if e.Time != "" {
			fmt.Fprintf(b, "  Time: %s\n", e.Time)
		}
	}
	if r := e.Response; r != nil && len(r.Headers) > 0 {
		b.WriteString(c.bold("Headers:") + "\n")
		for i, h := range r.Headers {
			fmt.Fprintf(b, "  %s: %s\n", h[0], clip(h[1], 120))
			if i < len(e.Fields) {
				f := e.Fields[i]
				expl := f.Summary
				if expl == "" {
					expl = "not a field this tool knows"
				}
				if f.Status != "" && f.Status != "permanent" {
					expl += " [" + f.Status + "]"
				}
				if f.Valid != nil && !*f.Valid {
					expl += " " + c.level("bad") + " invalid value"
				}
				fmt.Fprintf(b, "      %s\n", expl)
			}
		}
	}
	if len(e.Notes) > 0 {
		b.WriteString(c.bold("Notes:") + "\n")
		for _, n := range e.Notes {
			fmt.Fprintf(b, "  %s %s %s\n", c.level(n.Level), n.Summary, c.wrap("2", "("+n.ID+")"))
		}
	}
	if r := e.Response; r != nil && r.Body != nil {
		bd := r.Body
		fmt.Fprintf(b, "%s %d bytes", c.bold("Body:"), bd.Length)
		if bd.MediaType != "" {
			fmt.Fprintf(b, ", %s", bd.MediaType)
		}
		switch {
		case bd.Omitted:
			b.WriteString(", not included in the paste")
		case bd.JSONError != nil:
			fmt.Fprintf(b, ", JSON with an error at line %d column %d: %s", bd.JSONError.Line, bd.JSONError.Column, bd.JSONError.Message)
		case bd.JSON:
			b.WriteString(", valid JSON")
		}
		b.WriteString("\n")
	}
}

func (e *Exchange) vendorName() string {
	if e.Vendor != nil {
		return e.Vendor.Name
	}
	if e.Status != nil && e.Status.Vendor != nil {
		return *e.Status.Vendor
	}
	return "Vendor"
}

func rateLimitWords(rl *RateLimit) string {
	var parts []string
	if rl.Remaining != nil && rl.Limit != nil {
		parts = append(parts, fmt.Sprintf("%d of %d left", *rl.Remaining, *rl.Limit))
	} else if rl.Remaining != nil {
		parts = append(parts, fmt.Sprintf("%d left", *rl.Remaining))
	}
	if rl.Used != nil {
		parts = append(parts, fmt.Sprintf("%d used", *rl.Used))
	}
	if rl.Policy != "" {
		parts = append(parts, "policy "+rl.Policy)
	}
	if rl.ResetAt != nil {
		s := "resets " + humanTime(*rl.ResetAt)
		if rl.ResetFromNowSeconds != nil {
			if rl.AlreadyReset {
				s += fmt.Sprintf(" (already reset, %s ago)", Duration(*rl.ResetFromNowSeconds))
			} else {
				s += fmt.Sprintf(" (in %s)", Duration(*rl.ResetFromNowSeconds))
			}
		}
		parts = append(parts, s)
	}
	if rl.AdvisedWaitSeconds != nil {
		parts = append(parts, "advised wait "+Duration(*rl.AdvisedWaitSeconds))
	}
	if rl.Category != "" {
		parts = append(parts, "category "+rl.Category)
	}
	if rl.Basis != "" {
		parts = append(parts, "reset read as "+rl.Basis)
	}
	return rl.Scheme + ": " + strings.Join(parts, "; ")
}

func tokenWords(t Token) string {
	var parts []string
	parts = append(parts, "JWT in "+t.Where)
	if t.Header != "" {
		parts[0] += " (" + t.Header + ")"
	}
	if t.Alg != "" {
		parts = append(parts, "alg "+t.Alg)
	}
	if t.ExpiresAt != nil {
		s := "expires " + humanTime(*t.ExpiresAt)
		if t.Expired {
			s = "expired " + humanTime(*t.ExpiresAt)
		}
		parts = append(parts, s)
	}
	if t.SessionID != "" {
		parts = append(parts, fmt.Sprintf("session id %s (claim %s)", t.SessionID, t.SessionClaim))
	}
	parts = append(parts, "signature not checked")
	return strings.Join(parts, "; ")
}
