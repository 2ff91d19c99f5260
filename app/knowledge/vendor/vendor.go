// Package vendor holds vendor profiles: what an API's own documentation says
// its statuses, headers and bodies mean, and how to tell an exchange is
// one of its.
//
// A profile is data: detection rules (hosts, telltale headers, body shapes),
// a table of status meanings tried in order (a meaning may carry a condition
// on the exchange, such as the request path), and descriptions of the
// vendor's own header fields.
package vendor

import (
	"strings"

	"github.com/httpexplain/httpexplain/app/knowledge/status"
	"github.com/httpexplain/httpexplain/app/message"
)

// Profile is one vendor's documented meanings. Profiles are shared tables:
// treat them, and every slice they hold, as read-only.
type Profile struct {
	ID   string // short and stable: "authrocket-v1", "github", "stripe"
	Name string // "AuthRocket 1"
	Docs string // URL of the vendor's status/error documentation

	// Notes are profile-wide advice that applies to every exchange with
	// this vendor, in plain words.
	Notes []string
	// Detect says how to tell an exchange belongs to this vendor.
	Detect Detection
	// Statuses are the vendor's status meanings, tried in order: the first
	// rule whose code and condition fit the exchange wins.
	Statuses []StatusRule
	// Fields describe header fields the vendor defines or gives a meaning.
	Fields []FieldDef
	// RateLimits are the vendor's rate-limit categories, tried in order;
	// empty when the vendor documents none.
	RateLimits []Category
}

// Meaning is a vendor's reading of a status in a given exchange.
type Meaning struct {
	Code      int
	Meaning   string
	NextSteps []string
	// Retry overrides the generic advice when not "".
	Retry     status.Retry
	Reference string
	// When says which condition on the exchange picked this meaning
	// ("request path is an /authenticate call"), "" when the meaning holds
	// for every exchange with that code.
	When string
}

// StatusRule is one row of a profile's status table.
type StatusRule struct {
	Codes     []int
	When      *Condition // nil: any exchange with one of Codes
	Meaning   string
	NextSteps []string
	Retry     status.Retry
	Reference string // "" means the profile's Docs
}

// Condition narrows a rule to some exchanges. Match must not panic on any
// exchange, including one with no request or no body.
type Condition struct {
	Why   string
	Match func(ex *message.Exchange) bool
}

// FieldDef is a vendor's description of one header field.
type FieldDef struct {
	Name      string
	Summary   string
	Reference string // "" means the profile's Docs
}

// Category is one kind of rate limit a vendor applies.
type Category struct {
	Name    string // "general", "authentication"
	Summary string
	When    *Condition // nil: the default category
}

// All returns every profile, AuthRocket first.
func All() []*Profile {
	out := make([]*Profile, len(profiles))
	copy(out, profiles)
	return out
}

// ByID returns the profile with the given id.
func ByID(id string) (*Profile, bool) {
	for _, p := range profiles {
		if p.ID == id {
			return p, true
		}
	}
	return nil, false
}

// Status returns p's meaning for ex's status, if p documents one.
func (p *Profile) Status(ex *message.Exchange) (Meaning, bool) {
	if p == nil || ex == nil || ex.Response == nil || ex.Response.Status == 0 {
		return Meaning{}, false
	}
	code := ex.Response.Status
	for _, r := range p.Statuses {
		if !hasCode(r.Codes, code) {
			continue
		}
		if r.When != nil && !r.When.Match(ex) {
			continue
		}
		m := Meaning{
			Code:      code,
			Meaning:   r.Meaning,
			NextSteps: append([]string(nil), r.NextSteps...),
			Retry:     r.Retry,
			Reference: r.Reference,
		}
		if m.Reference == "" {
			m.Reference = p.Docs
		}
		if r.When != nil {
			m.When = r.When.Why
		}
		return m, true
	}
	return Meaning{}, false
}

// Field returns p's description of a header field it defines.
func (p *Profile) Field(name string) (summary, reference string, ok bool) {
	if p == nil {
		return "", "", false
	}
	for _, f := range p.Fields {
		if strings.EqualFold(f.Name, name) {
			ref := f.Reference
			if ref == "" {
				ref = p.Docs
			}
			return f.Summary, ref, true
		}
	}
	return "", "", false
}

// RateLimitCategory names the vendor's rate-limit category ex counts
// against ("authentication" or "general" for AuthRocket), or "" when the
// vendor documents no categories.
func (p *Profile) RateLimitCategory(ex *message.Exchange) string {
	if c, ok := p.rateLimitCategory(ex); ok {
		return c.Name
	}
	return ""
}

// RateLimitSummary describes the rate-limit category ex counts against, or
// "" when the vendor documents no categories.
func (p *Profile) RateLimitSummary(ex *message.Exchange) string {
	if c, ok := p.rateLimitCategory(ex); ok {
		return c.Summary
	}
	return ""
}

func (p *Profile) rateLimitCategory(ex *message.Exchange) (Category, bool) {
	if p == nil {
		return Category{}, false
	}
	for _, c := range p.RateLimits {
		if c.When == nil || c.When.Match(ex) {
			return c, true
		}
	}
	return Category{}, false
}

// RateLimitCategory names the AuthRocket rate-limit category ex counts
// against: "authentication" when the request looks like an auth call
// (/authenticate, /sessions, /login, /signup, /verify…), else "general".
// It works for AuthRocket 1 and 2 alike.
func RateLimitCategory(ex *message.Exchange) string {
	return authRocketV1.RateLimitCategory(ex)
}

func hasCode(codes []int, code int) bool {
	for _, c := range codes {
		if c == code {
			return true
		}
	}
	return false
}

// profiles is the registry, in detection priority order: AuthRocket first,
// so that it wins whenever it and another vendor both fit.
var profiles = []*Profile{
	authRocketV1,
	authRocketV2,
	gitHub,
	stripe,
	slack,
	twilio,
	msGraph,
	openAI,
}
