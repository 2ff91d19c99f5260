package field

import (
	"errors"
	"strings"

	"github.com/dunglas/httpsfv"
)

// sfKind is the top-level type of a Structured Field (RFC 9651 §3).
type sfKind int

const (
	sfItem sfKind = iota
	sfList
	sfDict
	// sfListOrDict is for RateLimit and RateLimit-Policy, which were
	// dictionaries in early drafts of the rate-limit header specification
	// and lists in later ones; both are seen in the wild.
	sfListOrDict
)

var sfKindNames = [...]string{"item", "list", "dictionary", "list or dictionary"}

// structured is a field defined as a Structured Field.
type structured struct {
	kind      sfKind
	singleton bool
	// tokens, when set, are the only token values an item may take.
	tokens []string
	// boolean says the item must be a Boolean (?1 or ?0).
	boolean bool
}

// structuredFields lists the fields whose specifications define them as
// Structured Fields. Fields that merely look structured are left out.
var structuredFields = map[string]structured{
	"priority":                       {kind: sfDict},                  // RFC 9218 §5
	"cache-status":                   {kind: sfList},                  // RFC 9211 §2
	"proxy-status":                   {kind: sfList},                  // RFC 9209 §2
	"cdn-cache-control":              {kind: sfDict},                  // RFC 9213 §2
	"accept-ch":                      {kind: sfList},                  // RFC 8942 §3.1
	"critical-ch":                    {kind: sfList},                  // draft-davidben-http-client-hint-reliability
	"content-digest":                 {kind: sfDict},                  // RFC 9530 §2
	"repr-digest":                    {kind: sfDict},                  // RFC 9530 §3
	"want-content-digest":            {kind: sfDict},                  // RFC 9530 §4
	"want-repr-digest":               {kind: sfDict},                  // RFC 9530 §4
	"signature":                      {kind: sfDict},                  // RFC 9421 §4.2
	"signature-input":                {kind: sfDict},                  // RFC 9421 §4.1
	"client-cert":                    {kind: sfItem, singleton: true}, // RFC 9440 §2.2
	"client-cert-chain":              {kind: sfList},                  // RFC 9440 §2.3
	"ratelimit":                      {kind: sfListOrDict},
	"ratelimit-policy":               {kind: sfListOrDict},
	"permissions-policy":             {kind: sfDict}, // W3C Permissions Policy §5.2
	"permissions-policy-report-only": {kind: sfDict},
	"document-policy":                {kind: sfDict},
	"reporting-endpoints":            {kind: sfDict}, // W3C Reporting API
	"no-vary-search":                 {kind: sfDict},
	"speculation-rules":              {kind: sfList},
	"supports-loading-mode":          {kind: sfList},
	"origin-agent-cluster":           {kind: sfItem, singleton: true, boolean: true}, // HTML §7.1.4
	"cross-origin-embedder-policy": {kind: sfItem, singleton: true,
		tokens: []string{"unsafe-none", "require-corp", "credentialless"}},
	"cross-origin-embedder-policy-report-only": {kind: sfItem, singleton: true,
		tokens: []string{"unsafe-none", "require-corp", "credentialless"}},
	"cross-origin-opener-policy": {kind: sfItem, singleton: true,
		tokens: []string{"unsafe-none", "same-origin-allow-popups", "same-origin", "noopener-allow-popups"}},
	"cross-origin-opener-policy-report-only": {kind: sfItem, singleton: true,
		tokens: []string{"unsafe-none", "same-origin-allow-popups", "same-origin", "noopener-allow-popups"}},
	"sec-ch-ua":          {kind: sfList},
	"sec-ch-ua-mobile":   {kind: sfItem, singleton: true, boolean: true},
	"sec-ch-ua-platform": {kind: sfItem, singleton: true},
	"sec-fetch-site":     {kind: sfItem, singleton: true},
	"sec-fetch-mode":     {kind: sfItem, singleton: true},
	"sec-fetch-dest":     {kind: sfItem, singleton: true},
	"sec-fetch-user":     {kind: sfItem, singleton: true, boolean: true},
}

// maxSFLen bounds what we hand to the parser: RFC 9651 §4.2 lets parsers
// refuse overly long values, and a paste can hold megabytes.
const maxSFLen = 16 << 10

func (sf structured) checker() func(string) verdict {
	return func(v string) verdict {
		if len(v) > maxSFLen {
			return invalid("the value is too long to check (%d bytes)", len(v))
		}
		in := []string{v}
		var err error
		switch sf.kind {
		case sfItem:
			var it httpsfv.Item
			it, err = httpsfv.UnmarshalItem(in)
			if err == nil && sf.tokens != nil {
				tok, isTok := it.Value.(httpsfv.Token)
				if !isTok || !contains(sf.tokens, string(tok)) {
					return invalid("expected one of %s", strings.Join(sf.tokens, ", "))
				}
			}
			if _, isBool := it.Value.(bool); err == nil && sf.boolean && !isBool {
				return invalid("expected a structured-field Boolean: ?1 for true, ?0 for false")
			}
		case sfList:
			_, err = httpsfv.UnmarshalList(in)
		case sfDict:
			_, err = httpsfv.UnmarshalDictionary(in)
		case sfListOrDict:
			if _, err = httpsfv.UnmarshalList(in); err != nil {
				_, err = httpsfv.UnmarshalDictionary(in)
			}
		}
		if err != nil {
			return invalid("not a valid structured-field %s (RFC 9651): %s", sfKindNames[sf.kind], sfError(err))
		}
		return valid()
	}
}

// sfError unwraps the parser's error to its plain reason. The parser
// returns its *UnmarshalError unwrapped, so a type assertion finds it (and
// errors.As would cost the web page reflection code).
func sfError(err error) string {
	if ue, ok := err.(*httpsfv.UnmarshalError); ok {
		if u := errors.Unwrap(ue); u != nil {
			return u.Error()
		}
	}
	return err.Error()
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
