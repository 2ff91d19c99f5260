package report

import (
	"fmt"
	"strings"

	"github.com/httpexplain/httpexplain/app/knowledge/field"
	"github.com/httpexplain/httpexplain/app/knowledge/note"
	"github.com/httpexplain/httpexplain/app/knowledge/status"
	"github.com/httpexplain/httpexplain/app/knowledge/vendor"
	"github.com/httpexplain/httpexplain/app/message"
)

// Listing is everything the build knows, for docs and tests.
type Listing struct {
	Statuses []ListedStatus `json:"statuses"`
	Fields   []ListedField  `json:"fields"`
	Vendors  []ListedVendor `json:"vendors"`
	Notes    []ListedNote   `json:"notes"`
}

// ListedStatus is one status code in the listing.
type ListedStatus struct {
	Code       int    `json:"code"`
	Title      string `json:"title"`
	Registered bool   `json:"registered"`
	Summary    string `json:"summary"`
	Reference  string `json:"reference"`
	Origin     string `json:"origin,omitempty"`
}

// ListedField is one field name in the listing.
type ListedField struct {
	Name      string `json:"name"`
	Status    string `json:"status"`
	Summary   string `json:"summary"`
	Reference string `json:"reference"`
}

// ListedVendor is one vendor profile in the listing.
type ListedVendor struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

// ListedNote is one kind of note in the listing.
type ListedNote struct {
	ID      string `json:"id"`
	Level   string `json:"level"`
	Summary string `json:"summary"`
}

// Knowledge lists every status, field, vendor and note the build knows.
func Knowledge() Listing {
	var k Listing
	for _, s := range status.All() {
		k.Statuses = append(k.Statuses, ListedStatus{Code: s.Code, Title: s.Title, Registered: s.Registered, Summary: s.Summary, Reference: s.Reference, Origin: s.Origin})
	}
	for _, f := range field.All() {
		k.Fields = append(k.Fields, ListedField{Name: f.Name, Status: string(f.Status), Summary: f.Summary, Reference: f.Reference})
	}
	k.Vendors = Vendors()
	for _, defs := range [][]note.Def{status.Notes(), field.Notes()} {
		for _, d := range defs {
			k.Notes = append(k.Notes, ListedNote{ID: d.ID, Level: string(d.Level), Summary: d.Summary})
		}
	}
	return k
}

// Vendors lists the vendor profiles, AuthRocket first: Knowledge's
// Vendors without the rest of the listing, for the page's picker.
func Vendors() []ListedVendor {
	var out []ListedVendor
	for _, v := range vendor.All() {
		out = append(out, ListedVendor{ID: v.ID, Name: v.Name})
	}
	return out
}

// KnownVendor reports whether id names a vendor profile.
func KnownVendor(id string) bool {
	_, ok := vendor.ByID(id)
	return ok
}

// VendorIDs lists the vendor ids, comma-separated.
func VendorIDs() string {
	var ids []string
	for _, v := range vendor.All() {
		ids = append(ids, v.ID)
	}
	return strings.Join(ids, ", ")
}

// StatusFor explains a status code on its own, with a vendor's meaning when
// vendorID is given (for a request the vendor documents no condition on).
func StatusFor(code int, vendorID string) *Status {
	ex := &message.Exchange{Response: &message.Response{Status: code}}
	var prof *vendor.Profile
	if vendorID != "" {
		prof, _ = vendor.ByID(vendorID)
	}
	return statusOf(ex, prof)
}

// StatusText writes a status explanation for a terminal.
func StatusText(s *Status) string {
	var b strings.Builder
	reg := "registered"
	if !s.Registered {
		reg = "unregistered"
	}
	fmt.Fprintf(&b, "%d %s (%s, %s)\n\n%s\n", s.Code, s.Title, reg, s.Class, s.Summary)
	if len(s.Causes) > 0 {
		b.WriteString("\nCommon causes:\n")
		for _, c := range s.Causes {
			fmt.Fprintf(&b, "  - %s\n", c)
		}
	}
	if len(s.NextSteps) > 0 {
		b.WriteString("\nWhat to do:\n")
		for _, c := range s.NextSteps {
			fmt.Fprintf(&b, "  - %s\n", c)
		}
	}
	if s.Retry != "" {
		fmt.Fprintf(&b, "\nRetry: %s\n", s.Retry)
	}
	if s.VendorMeaning != "" {
		name := *s.Vendor
		if p, ok := vendor.ByID(name); ok {
			name = p.Name
		}
		fmt.Fprintf(&b, "\n%s: %s\n", name, s.VendorMeaning)
		for _, c := range s.VendorSteps {
			fmt.Fprintf(&b, "  - %s\n", c)
		}
		if s.VendorRef != "" {
			fmt.Fprintf(&b, "  Reference: %s\n", s.VendorRef)
		}
	}
	fmt.Fprintf(&b, "\nReference: %s\n", s.Reference)
	return b.String()
}

// FieldEntry is a field name explained on its own.
type FieldEntry struct {
	Name      string `json:"name"`
	Known     bool   `json:"known"`
	Status    string `json:"status"`
	Summary   string `json:"summary"`
	Detail    string `json:"detail"`
	Reference string `json:"reference"`
}

// FieldFor explains a field name on its own.
func FieldFor(name string) FieldEntry {
	e, ok := field.Lookup(name)
	if !ok {
		return FieldEntry{Name: name, Status: string(field.Unregistered), Summary: "not a field this tool knows"}
	}
	return FieldEntry{Name: e.Name, Known: true, Status: string(e.Status), Summary: e.Summary, Detail: e.Detail, Reference: e.Reference}
}

// FieldText writes a field explanation for a terminal.
func FieldText(f FieldEntry) string {
	if !f.Known {
		return fmt.Sprintf("%s: %s\n", f.Name, f.Summary)
	}
	return fmt.Sprintf("%s (%s)\n\n%s\n\n%s\n\nReference: %s\n", f.Name, f.Status, f.Summary, f.Detail, f.Reference)
}
