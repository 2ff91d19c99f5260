package report

import (
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/httpexplain/httpexplain/app/internal/prose"
	"github.com/httpexplain/httpexplain/app/message"
)

// summarize writes the plain-words paragraph and the next steps of one
// exchange, from everything else the report found about it.
func summarize(ex *message.Exchange, out *Exchange, now time.Time) (string, []string) {
	// The sentences are written into one buffer, the summary kept;
	// what, the endpoint, is only copied in, so joined on the stack.
	var s prose.Sentences
	var steps stepList
	method, target := endpointParts(ex)
	what := "The server"
	if method != "" {
		what = strings.TrimSpace(method + " " + target)
	}
	if ex.Response == nil {
		return what + " has no response in the paste: the request may have failed, been blocked, or the copy stopped before the answer.",
			[]string{"Ask for the response as well: curl -i output, or the HAR entry with its response."}
	}
	// Room for most summaries at once, instead of regrowing from a few
	// bytes as each sentence is added.
	s.Grow(256)
	st := out.Status
	code := ex.Response.Status
	if code == 0 {
		s.Add("The paste has no status line, so the outcome is read from the headers and body alone.")
	} else {
		var n [20]byte
		s.Add(what, " answered ", string(strconv.AppendInt(n[:0], int64(code), 10)), " ", st.Title, ".")
	}
	if st != nil && st.VendorMeaning != "" {
		s.Add(st.VendorMeaning)
	} else if st != nil && code != 0 && st.Summary != "" {
		s.Add(st.Summary)
	}
	if v := out.Validation; v != nil {
		if len(v.Fields) > 0 {
			s.Add("Rejected: ", fieldList(v.Fields), ".")
			steps.add("Fix the field values listed and send the request again; resending it unchanged will fail the same way.")
		} else if v.Message != "" {
			s.Add(quoteSentence("The error body says: ", clip(v.Message, 200)))
		}
	}
	if rl := out.RateLimit; rl != nil && limited(code, rl) {
		s.Add(rateLimitLine(rl, now))
		if rl.Advice != "" {
			steps.add(rl.Advice)
		}
	}
	for _, t := range out.Tokens {
		switch {
		case (t.Expired || t.ExpiredAtDate) && t.ExpiresAt != nil:
			when := ""
			if d, ok := ex.Response.Date(); t.ExpiredAtDate && ok {
				if exp, err := time.Parse(time.RFC3339, *t.ExpiresAt); err == nil {
					when = fmt.Sprintf(", %s before the response was sent", Duration(d.Sub(exp).Seconds()))
				}
			} else if !t.ExpiredAtDate {
				when = ", after the response was sent but before now"
			}
			s.Add(fmt.Sprintf("The token in the %s expired at %s%s.", t.Where, humanTime(*t.ExpiresAt), when))
			if code == 401 || code == 403 {
				steps.add("Get a fresh token (log in again or refresh it) and retry with it.")
			}
		case t.NotYetValid && t.NotBefore != nil:
			s.Add(fmt.Sprintf("The token in the %s is not valid before %s: check the client's clock.", t.Where, humanTime(*t.NotBefore)))
		}
		if t.SessionID != "" && code == 414 {
			steps.add(fmt.Sprintf("Query the session by its id %s (the token's %q claim) instead of sending the whole token in the URL.", t.SessionID, t.SessionClaim))
		}
	}
	if code >= 300 && code < 400 && code != 304 {
		if loc := ex.Response.Header.Get("Location"); loc != "" {
			s.Add("It points to ", loc, "; ", redirectMethod(code, ex))
		}
	}
	if code == 0 {
		// A header block or a body alone: the status is not wrong, it was
		// not copied.
		steps.add("Ask for the status line as well: curl -i output, or the Status Code line of the browser's Headers tab.")
	} else if st != nil {
		for _, n := range st.VendorSteps {
			steps.add(n)
		}
		if len(st.VendorSteps) == 0 {
			for _, n := range st.NextSteps {
				steps.add(n)
			}
		}
	}
	for _, n := range out.Notes {
		if n.Level == "bad" {
			steps.add("Check: " + n.Summary)
		}
	}
	if len(out.IDs) > 0 && code >= 500 {
		steps.add(fmt.Sprintf("When contacting the API provider, quote %s %s.", out.IDs[0].Name, out.IDs[0].Value))
	}
	return s.String(), steps.list(maxSteps)
}

// maxSteps is how many next steps an exchange lists.
const maxSteps = 6

// limited says the rate limit is what the response is about: a 429, a
// quota used up, or a wait asked for on a 503; otherwise the limit is only
// shown in its card.
func limited(code int, rl *RateLimit) bool {
	switch {
	case code == 429:
		return true
	case rl.Remaining != nil && *rl.Remaining == 0:
		return true
	case code == 503 && rl.AdvisedWaitSeconds != nil:
		return true
	}
	return false
}

// endpointParts are the method and the endpoint a summary names (cut to 60
// characters, without the query); method is "" when the paste does not
// show it.
func endpointParts(ex *message.Exchange) (method, target string) {
	r := ex.Request
	if r == nil || r.Method == "" {
		return "", ""
	}
	target = r.Target
	if target == "" {
		target = r.URL
		if u, err := url.Parse(r.URL); err == nil && u.Path != "" {
			target = u.Path
		}
	}
	// A summary names the endpoint, not its query or a token in the path.
	if i := strings.IndexByte(target, '?'); i >= 0 {
		target = target[:i]
	}
	return r.Method, clip(target, 60)
}

// fieldList names the first four field errors and their messages, and
// counts the rest. It is written into one buffer: a summary with field
// errors is written for every 422 of a HAR.
func fieldList(fs []FieldError) string {
	var b strings.Builder
	for i, f := range fs {
		if i > 0 {
			b.WriteString(", ")
		}
		if i == 4 {
			b.WriteString("and ")
			b.WriteString(strconv.Itoa(len(fs) - 4))
			b.WriteString(" more")
			break
		}
		if f.Field != "" {
			b.WriteString(f.Field)
			b.WriteString(": ")
		}
		for j, m := range f.Messages {
			if j > 0 {
				b.WriteString("; ")
			}
			b.WriteString(m)
		}
	}
	return b.String()
}

func rateLimitLine(rl *RateLimit, now time.Time) string {
	var b strings.Builder
	switch {
	case rl.Remaining != nil && rl.Limit != nil:
		fmt.Fprintf(&b, "Rate limited: %d of %d left", *rl.Remaining, *rl.Limit)
	case rl.Remaining != nil:
		fmt.Fprintf(&b, "Rate limited: %d left", *rl.Remaining)
	default:
		b.WriteString("Rate limited")
	}
	if rl.ResetAt != nil {
		verb := "the window resets"
		if rl.Remaining == nil {
			verb = "the server asks to wait until"
		}
		fmt.Fprintf(&b, "; %s at %s", verb, humanTime(*rl.ResetAt))
		if rl.ResetFromNowSeconds != nil {
			d := *rl.ResetFromNowSeconds
			if rl.AlreadyReset || d <= 0 {
				fmt.Fprintf(&b, " (%s ago, so it has passed since)", Duration(-d))
			} else {
				fmt.Fprintf(&b, " (in %s)", Duration(d))
			}
		}
	} else if rl.AdvisedWaitSeconds != nil {
		fmt.Fprintf(&b, "; wait %s before retrying", Duration(*rl.AdvisedWaitSeconds))
	}
	b.WriteString(".")
	return b.String()
}

func redirectMethod(code int, ex *message.Exchange) string {
	m := "GET"
	if ex.Request != nil && ex.Request.Method != "" {
		m = ex.Request.Method
	}
	switch code {
	case 307, 308:
		return fmt.Sprintf("the client must repeat the %s with the same body there.", m)
	case 303:
		return "the client should fetch it with GET."
	case 301, 302:
		if m != "GET" && m != "HEAD" {
			return fmt.Sprintf("most clients switch the %s to a GET when following it, dropping the body; use 307/308 to keep the method.", m)
		}
		return "clients follow it with GET."
	}
	return "the client chooses whether to follow it."
}

// quoteSentence quotes text after lead and ends the sentence, without a
// second full stop when the quoted text already ends in one.
func quoteSentence(lead, text string) string {
	q := fmt.Sprintf("%q", text)
	if strings.HasSuffix(text, ".") || strings.HasSuffix(text, "!") || strings.HasSuffix(text, "?") {
		return lead + q
	}
	return lead + q + "."
}

// humanTime turns an RFC 3339 UTC time into "2014-01-01 00:00:00 UTC".
func humanTime(s string) string {
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		return s
	}
	return t.UTC().Format("2006-01-02 15:04:05 UTC")
}

// Duration writes seconds as "3 min 20 s", "2 h 5 min", "4 d 3 h".
func Duration(sec float64) string {
	if sec < 0 {
		sec = -sec
	}
	d := time.Duration(sec * float64(time.Second)).Round(time.Second)
	if sec < 1 && sec > 0 {
		return fmt.Sprintf("%.0f ms", sec*1000)
	}
	days := int(d.Hours()) / 24
	h := int(d.Hours()) % 24
	m := int(d.Minutes()) % 60
	s := int(d.Seconds()) % 60
	switch {
	case days >= 730:
		return fmt.Sprintf("%d years", days/365)
	case days >= 365:
		return fmt.Sprintf("1 year %d d", days-365)
	case days > 0:
		return fmt.Sprintf("%d d %d h", days, h)
	case h > 0:
		return fmt.Sprintf("%d h %d min", h, m)
	case m > 0:
		return fmt.Sprintf("%d min %d s", m, s)
	}
	return fmt.Sprintf("%d s", s)
}

func clip(s string, n int) string {
	// Counted before any copy: most texts clipped are short enough.
	if len(s) <= n || utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n]) + "…"
}

// stepList collects next steps once each, in order.
type stepList struct{ items []string }

func (l *stepList) add(s string) {
	s = strings.TrimSpace(s)
	if s == "" {
		return
	}
	for _, x := range l.items {
		if x == s {
			return
		}
	}
	if l.items == nil {
		// Made once with room for what list keeps, not regrown.
		l.items = make([]string, 0, maxSteps)
	}
	l.items = append(l.items, s)
}

func (l *stepList) list(max int) []string {
	if len(l.items) > max {
		return l.items[:max]
	}
	if l.items == nil {
		return []string{}
	}
	return l.items
}
