package field

import (
	"bufio"
	"os"
	"slices"
	"strings"
	"testing"
)

// ianaNames reads the registry's field names, one a line, from testdata.
func ianaNames(t *testing.T) []string {
	t.Helper()
	f, err := os.Open("testdata/iana-field-names.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var names []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if n := strings.TrimSpace(sc.Text()); n != "" {
			names = append(names, n)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if len(names) < 200 {
		t.Fatalf("testdata has only %d names", len(names))
	}
	return names
}

func isRegistryStatus(s Status) bool {
	switch s {
	case Permanent, Provisional, Deprecated, Obsoleted:
		return true
	}
	return false
}

func TestEntriesIANA(t *testing.T) {
	for _, name := range ianaNames(t) {
		e, ok := Lookup(name)
		switch {
		case !ok:
			t.Errorf("%s: no entry", name)
		case e.Name != name:
			t.Errorf("%s: entry spelt %q", name, e.Name)
		case !isRegistryStatus(e.Status):
			t.Errorf("%s: status %q is not a registry status", name, e.Status)
		}
	}
}

// TestEntriesOnlyIANARegistered catches an entry marked registered that the
// registry does not hold, and an unregistered one that it does.
func TestEntriesOnlyIANARegistered(t *testing.T) {
	iana := map[string]bool{}
	for _, n := range ianaNames(t) {
		iana[strings.ToLower(n)] = true
	}
	for _, e := range All() {
		inList := iana[strings.ToLower(e.Name)]
		if isRegistryStatus(e.Status) != inList {
			t.Errorf("%s: status %q but in IANA list = %v", e.Name, e.Status, inList)
		}
	}
}

// ianaNotPermanent is every registry name whose status is not permanent, as
// the IANA registry lists it; all other registry names are permanent.
var ianaNotPermanent = map[string]Status{
	"Accept-Charset": Deprecated, "C-PEP-Info": Deprecated, "Content-ID": Deprecated,
	"Differential-ID": Deprecated, "Expect-CT": Deprecated, "Pragma": Deprecated,
	"Protocol-Info": Deprecated, "Protocol-Query": Deprecated,

	"Access-Control": Obsoleted, "C-Ext": Obsoleted, "C-Man": Obsoleted, "C-Opt": Obsoleted,
	"C-PEP": Obsoleted, "Content-Base": Obsoleted, "Content-MD5": Obsoleted,
	"Content-Script-Type": Obsoleted, "Content-Style-Type": Obsoleted, "Content-Version": Obsoleted,
	"Cookie2": Obsoleted, "Default-Style": Obsoleted, "Derived-From": Obsoleted, "Digest": Obsoleted,
	"Ext": Obsoleted, "GetProfile": Obsoleted, "HTTP2-Settings": Obsoleted, "Man": Obsoleted,
	"Method-Check": Obsoleted, "Method-Check-Expires": Obsoleted, "Opt": Obsoleted, "P3P": Obsoleted,
	"PEP": Obsoleted, "PEP-Info": Obsoleted, "PICS-Label": Obsoleted, "ProfileObject": Obsoleted,
	"Protocol": Obsoleted, "Protocol-Request": Obsoleted, "Proxy-Features": Obsoleted,
	"Proxy-Instruction": Obsoleted, "Public": Obsoleted, "Referer-Root": Obsoleted, "Safe": Obsoleted,
	"Security-Scheme": Obsoleted, "Set-Cookie2": Obsoleted, "SetProfile": Obsoleted, "URI": Obsoleted,
	"Want-Digest": Obsoleted, "Warning": Obsoleted,

	"Activate-Storage-Access": Provisional, "AMP-Cache-Transform": Provisional,
	"CMCD-Object": Provisional, "CMCD-Request": Provisional, "CMCD-Session": Provisional,
	"CMCD-Status": Provisional, "CMSD-Dynamic": Provisional, "CMSD-Static": Provisional,
	"Configuration-Context": Provisional, "CTA-Common-Access-Token": Provisional,
	"EDIINT-Features": Provisional, "Isolation": Provisional, "Permissions-Policy": Provisional,
	"Repeatability-Client-ID": Provisional, "Repeatability-First-Sent": Provisional,
	"Repeatability-Request-ID": Provisional, "Repeatability-Result": Provisional,
	"Reporting-Endpoints": Provisional, "Sec-Fetch-Storage-Access": Provisional, "Sec-GPC": Provisional,
	"Surrogate-Capability": Provisional, "Surrogate-Control": Provisional, "Timing-Allow-Origin": Provisional,
}

func TestEntriesRegistryStatus(t *testing.T) {
	names := ianaNames(t)
	inList := map[string]bool{}
	for _, n := range names {
		inList[n] = true
	}
	for n := range ianaNotPermanent {
		if !inList[n] {
			t.Errorf("%s: in the status table but not in the IANA list", n)
		}
	}
	for _, n := range names {
		want, ok := ianaNotPermanent[n]
		if !ok {
			want = Permanent
		}
		if e, _ := Lookup(n); e.Status != want {
			t.Errorf("%s: status %q, registry says %q", n, e.Status, want)
		}
	}
}

func TestEntriesStatuses(t *testing.T) {
	tests := []struct {
		name string
		want Status
	}{
		{"Warning", Obsoleted},
		{"Expect-CT", Deprecated},
		{"Pragma", Deprecated},
		{"Accept-Charset", Deprecated},
		{"C-PEP-Info", Deprecated},
		{"Content-ID", Deprecated},
		{"Content-MD5", Obsoleted},
		{"Digest", Obsoleted},
		{"Want-Digest", Obsoleted},
		{"HTTP2-Settings", Obsoleted},
		{"Access-Control", Obsoleted},
		{"P3P", Obsoleted},
		{"Set-Cookie2", Obsoleted},
		{"Permissions-Policy", Provisional},
		{"Reporting-Endpoints", Provisional},
		{"Timing-Allow-Origin", Provisional},
		{"Surrogate-Control", Provisional},
		{"Sec-GPC", Provisional},
		{"CMCD-Request", Provisional},
		{"Repeatability-Request-ID", Provisional},
		{"Server-Timing", Permanent},
		{"NEL", Permanent},
		{"Via", Permanent},
		{"Traceparent", Permanent},
		{"Deprecation", Permanent},
		{"Cache-Control", Permanent},
		{"Public-Key-Pins", Permanent},
		{"Report-To", Unregistered},
		{"RateLimit", Unregistered},
		{"Idempotency-Key", Unregistered},
	}
	for _, tt := range tests {
		e, ok := Lookup(tt.name)
		if !ok || e.Status != tt.want {
			t.Errorf("%s: got %q (found %v), want %q", tt.name, e.Status, ok, tt.want)
		}
	}
}

// commonNames are the widely seen names the brief asks for; each must be
// known, as Unregistered unless the IANA list holds it.
var commonNames = []string{
	"X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset", "X-RateLimit-Used", "X-RateLimit-Resource",
	"X-Rate-Limit-Limit", "X-Rate-Limit-Remaining", "X-Rate-Limit-Reset",
	"RateLimit", "RateLimit-Policy", "RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset",
	"Retry-After-Ms", "X-Request-Id", "X-Correlation-Id", "Request-Id", "X-Powered-By",
	"X-Forwarded-For", "X-Forwarded-Host", "X-Forwarded-Proto", "X-Forwarded-Port", "X-Real-IP",
	"CF-Ray", "CF-Cache-Status", "CF-Connecting-IP", "X-Cache", "X-Cache-Hits", "X-Served-By", "X-Timer", "Via",
	"X-Amz-Cf-Id", "X-Amz-Cf-Pop", "X-Amzn-RequestId", "X-Amzn-Trace-Id", "X-Amz-Request-Id", "X-Amz-Id-2",
	"X-Amzn-ErrorType", "X-GitHub-Request-Id", "X-GitHub-Media-Type", "X-GitHub-Api-Version-Selected",
	"X-OAuth-Scopes", "X-Accepted-OAuth-Scopes", "X-XSS-Protection", "X-Download-Options",
	"X-Permitted-Cross-Domain-Policies", "X-DNS-Prefetch-Control", "X-Envoy-Upstream-Service-Time",
	"X-Kong-Upstream-Latency", "X-Kong-Proxy-Latency", "X-Runtime", "X-Response-Time", "X-Vercel-Id",
	"X-Vercel-Cache", "Fly-Request-Id", "X-Azure-Ref", "X-MS-Request-Id", "Server-Timing", "NEL", "Report-To",
	"Reporting-Endpoints", "Origin-Agent-Cluster", "Cross-Origin-Embedder-Policy", "Cross-Origin-Opener-Policy",
	"Cross-Origin-Resource-Policy", "Strict-Transport-Security", "Content-Security-Policy",
	"Content-Security-Policy-Report-Only", "Permissions-Policy", "Referrer-Policy", "Traceparent", "Tracestate",
	"Baggage", "Stripe-Should-Retry", "Stripe-Version", "Idempotency-Key", "X-Shopify-Shop-Api-Call-Limit",
	"OpenAI-Processing-Ms", "OpenAI-Organization",
}

func TestEntriesCommonNames(t *testing.T) {
	iana := map[string]bool{}
	for _, n := range ianaNames(t) {
		iana[strings.ToLower(n)] = true
	}
	for _, name := range commonNames {
		e, ok := Lookup(name)
		if !ok {
			t.Errorf("%s: no entry", name)
			continue
		}
		if !strings.EqualFold(e.Name, name) {
			t.Errorf("%s: answered by %q, want an exact entry", name, e.Name)
		}
		if iana[strings.ToLower(name)] {
			if !isRegistryStatus(e.Status) {
				t.Errorf("%s: registered at IANA but status %q", name, e.Status)
			}
		} else if e.Status != Unregistered {
			t.Errorf("%s: not in IANA list but status %q", name, e.Status)
		}
	}
}

func TestEntriesCaseInsensitive(t *testing.T) {
	tests := []struct{ in, want string }{
		{"content-type", "Content-Type"},
		{"CONTENT-TYPE", "Content-Type"},
		{"  Content-Type ", "Content-Type"},
		{"x-ratelimit-remaining", "X-RateLimit-Remaining"},
		{"www-authenticate", "WWW-Authenticate"},
		{"etag", "ETag"},
		{"cf-ray", "CF-Ray"},
		{"slug", "SLUG"},
	}
	for _, tt := range tests {
		e, ok := Lookup(tt.in)
		if !ok || e.Name != tt.want {
			t.Errorf("Lookup(%q) = %q, %v; want %q", tt.in, e.Name, ok, tt.want)
		}
	}
}

func TestEntriesFamilies(t *testing.T) {
	tests := []struct {
		in   string
		want string // "" means not found
	}{
		{"anthropic-ratelimit-requests-remaining", "Anthropic-Ratelimit-*"},
		{"Anthropic-RateLimit-Tokens-Reset", "Anthropic-Ratelimit-*"},
		{"anthropic-version", "Anthropic-Version"}, // exact entry wins
		{"anthropic-beta", "Anthropic-*"},
		{"x-amz-meta-owner", "X-Amz-Meta-*"},
		{"x-amz-meta-", "X-Amz-*"}, // a bare prefix is no member of its own family
		{"x-amz-date", "X-Amz-*"},
		{"x-amz-cf-id", "X-Amz-Cf-Id"},
		{"x-ratelimit-limit-requests", "X-RateLimit-*"},
		{"X-RateLimit-Limit", "X-RateLimit-Limit"},
		{"x-rate-limit-user-limit", "X-Rate-Limit-*"},
		{"X-Kong-Response-Latency", "X-Kong-*"},
		{"sec-ch-ua-platform", "Sec-CH-*"},
		{"x-ms-version", "X-Ms-*"},
		{"x-goog-meta-color", "X-Goog-Meta-*"},
		{"cf-visitor", "CF-*"},
		{"authrocket-api-key", "Authrocket-Api-Key"},
		{"x-made-up-field", ""},
		{"", ""},
		{"   ", ""},
		{strings.Repeat("x-amz-meta-", 1000), ""},
	}
	for _, tt := range tests {
		e, ok := Lookup(tt.in)
		if got := map[bool]string{true: e.Name}[ok]; got != tt.want {
			t.Errorf("Lookup(%.40q) = %q; want %q", tt.in, got, tt.want)
		}
	}
}

func TestEntriesNoDuplicates(t *testing.T) {
	seen := map[string]bool{}
	for _, part := range [][]Entry{registeredAC, registeredDL, registeredMR, registeredSZ, unregisteredEntries} {
		for _, e := range part {
			k := strings.ToLower(e.Name)
			if seen[k] {
				t.Errorf("duplicate entry %s", e.Name)
			}
			seen[k] = true
		}
	}
	prefixes := map[string]bool{}
	for _, f := range familyTable {
		if prefixes[f.Prefix] {
			t.Errorf("duplicate family %s", f.Prefix)
		}
		prefixes[f.Prefix] = true
		if f.Prefix != strings.ToLower(f.Prefix) || !strings.HasSuffix(f.Prefix, "-") {
			t.Errorf("family prefix %q must be lower case and end in -", f.Prefix)
		}
		if f.Entry.Name != "" && strings.ToLower(f.Entry.Name) != f.Prefix+"*" {
			t.Errorf("family %s: name %q should be the prefix and *", f.Prefix, f.Entry.Name)
		}
		if f.Entry.Status != Unregistered {
			t.Errorf("family %s: status %q", f.Prefix, f.Entry.Status)
		}
	}
}

// TestEntriesWording checks the shape of every text: present, one line,
// a reference that is an https URL.
func TestEntriesWording(t *testing.T) {
	all := All()
	for _, f := range Families() {
		all = append(all, f.Entry)
	}
	for _, e := range all {
		if e.Summary == "" || e.Detail == "" || e.Reference == "" {
			t.Errorf("%s: empty text or reference", e.Name)
		}
		if strings.ContainsAny(e.Summary+e.Detail, "\n\t") {
			t.Errorf("%s: text spans lines", e.Name)
		}
		if len(e.Summary) > 160 {
			t.Errorf("%s: summary is %d bytes; keep it to one short line", e.Name, len(e.Summary))
		}
		if !strings.HasPrefix(e.Reference, "https://") || strings.ContainsAny(e.Reference, " \"<>") {
			t.Errorf("%s: reference %q is not an https URL", e.Name, e.Reference)
		}
		// Detail is a few sentences: at least two, and not an essay.
		if strings.Count(e.Detail, ". ")+strings.Count(e.Detail, "; ") < 1 || len(e.Detail) > 600 {
			t.Errorf("%s: detail should be two to four sentences: %q", e.Name, e.Detail)
		}
		if !strings.HasSuffix(e.Summary, ".") || !strings.HasSuffix(e.Detail, ".") {
			t.Errorf("%s: summary and detail should be sentences", e.Name)
		}
	}
}

func TestEntriesAllSortedCopy(t *testing.T) {
	all := All()
	if len(all) < 300 {
		t.Fatalf("All has %d entries", len(all))
	}
	if !slices.IsSortedFunc(all, func(a, b Entry) int {
		return strings.Compare(strings.ToLower(a.Name), strings.ToLower(b.Name))
	}) {
		t.Error("All is not sorted by name")
	}
	all[0].Summary = "changed"
	if e, _ := Lookup(all[0].Name); e.Summary == "changed" {
		t.Error("All shares memory with the table")
	}
	fs := Families()
	if !slices.IsSortedFunc(fs, func(a, b Family) int { return strings.Compare(a.Prefix, b.Prefix) }) {
		t.Error("Families is not sorted")
	}
}
