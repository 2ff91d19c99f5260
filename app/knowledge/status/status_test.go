package status

import (
	"bufio"
	"os"
	"strconv"
	"strings"
	"testing"
)

// readIANA reads the testdata copy of the IANA registry list: one
// "code name" per line.
func readIANA(t *testing.T) map[int]string {
	t.Helper()
	f, err := os.Open("testdata/iana-status-codes.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	out := make(map[int]string)
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		num, name, ok := strings.Cut(line, " ")
		code, err := strconv.Atoi(num)
		if !ok || err != nil {
			t.Fatalf("bad registry line %q", line)
		}
		out[code] = name
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if len(out) < 60 {
		t.Fatalf("registry list has only %d codes", len(out))
	}
	return out
}

func TestEveryIANACodeHasEntry(t *testing.T) {
	for code, name := range readIANA(t) {
		e := Lookup(code)
		obsoleted := strings.HasSuffix(name, " (OBSOLETED)")
		name = strings.TrimSuffix(name, " (OBSOLETED)")
		if !Known(code) || !e.Registered {
			t.Errorf("%d %s: not in the table as registered", code, name)
			continue
		}
		if e.Title != name {
			t.Errorf("%d: title %q, registry says %q", code, e.Title, name)
		}
		if e.Summary == "" || e.Reference == "" || len(e.NextSteps) == 0 || len(e.Causes) == 0 {
			t.Errorf("%d: empty summary, reference, causes or next steps", code)
		}
		if e.Origin != "" {
			t.Errorf("%d: registered code with origin %q", code, e.Origin)
		}
		if obsoleted && (!e.Obsolete || !strings.Contains(strings.ToLower(e.Summary), "obsolete")) {
			t.Errorf("%d: obsoleted in the registry but the entry does not say so", code)
		}
	}
}

func TestNamesUseRFC9110(t *testing.T) {
	for code, want := range map[int]string{
		413: "Content Too Large",
		422: "Unprocessable Content",
		416: "Range Not Satisfiable",
		510: "Not Extended",
	} {
		if got := Lookup(code).Title; got != want {
			t.Errorf("%d: title %q, want %q", code, got, want)
		}
	}
}

// The registry keeps 306 and 418 as "(Unused)"; the list in testdata
// leaves them out, so they are checked here.
func TestReservedCodes(t *testing.T) {
	for _, tc := range []struct {
		code     int
		ref      string
		obsolete bool
	}{
		{306, "section-15.4.7", true},
		{418, "section-15.5.19", false},
	} {
		e := Lookup(tc.code)
		if !e.Registered || e.Title != "Unused" || e.Origin != "" {
			t.Errorf("%d: want registered Unused without origin, got %+v", tc.code, e)
		}
		if !strings.HasSuffix(e.Reference, tc.ref) {
			t.Errorf("%d: reference %q, want …%s", tc.code, e.Reference, tc.ref)
		}
		if e.Obsolete != tc.obsolete {
			t.Errorf("%d: obsolete = %v", tc.code, e.Obsolete)
		}
	}
	if !strings.Contains(Lookup(418).Summary, "teapot") {
		t.Error("418 summary should mention the teapot joke")
	}
}

func TestUnregisteredCodesPresent(t *testing.T) {
	for _, tc := range []struct {
		code   int
		origin []string // each must appear in Origin
	}{
		{218, []string{"Apache"}},
		{419, []string{"Laravel"}},
		{420, []string{"Twitter", "Spring"}},
		{430, []string{"Shopify"}},
		{440, []string{"Microsoft"}},
		{444, []string{"nginx"}},
		{449, []string{"Microsoft"}},
		{450, []string{"Windows"}},
		{460, []string{"AWS"}},
		{463, []string{"AWS"}},
		{464, []string{"AWS"}},
		{494, []string{"nginx"}},
		{495, []string{"nginx"}},
		{496, []string{"nginx"}},
		{497, []string{"nginx"}},
		{498, []string{"Esri"}},
		{499, []string{"nginx", "Esri"}},
		{509, []string{"cPanel"}},
		{520, []string{"Cloudflare"}},
		{521, []string{"Cloudflare"}},
		{522, []string{"Cloudflare"}},
		{523, []string{"Cloudflare"}},
		{524, []string{"Cloudflare"}},
		{525, []string{"Cloudflare"}},
		{526, []string{"Cloudflare"}},
		{527, []string{"Cloudflare"}},
		{529, []string{"Anthropic"}},
		{530, []string{"Cloudflare", "Pantheon"}},
		{561, []string{"AWS"}},
		{598, []string{"prox"}},
		{599, []string{"prox"}},
	} {
		e := Lookup(tc.code)
		if !Known(tc.code) || e.Registered {
			t.Errorf("%d: want a known unregistered entry, got registered=%v known=%v", tc.code, e.Registered, Known(tc.code))
			continue
		}
		for _, o := range tc.origin {
			if !strings.Contains(e.Origin, o) {
				t.Errorf("%d: origin %q lacks %q", tc.code, e.Origin, o)
			}
		}
	}
	if e := Lookup(425); !e.Registered || e.Title != "Too Early" {
		t.Errorf("425 should be registered Too Early, got %+v", e)
	}
}

func TestClassFallback(t *testing.T) {
	for _, tc := range []struct {
		code    int
		class   string
		summary string // must appear in Summary
	}{
		{299, ClassSuccess, "unregistered 2xx code"},
		{477, ClassClientError, "An unregistered 4xx code: the client's request was refused for a reason this server did not standardise"},
		{650, ClassInvalid, "Not a valid HTTP status code"},
		{199, ClassInformational, "unregistered 1xx code"},
		{399, ClassRedirection, "unregistered 3xx code"},
		{555, ClassServerError, "unregistered 5xx code"},
		{0, ClassInvalid, "Not a valid"},
		{99, ClassInvalid, "Not a valid"},
		{600, ClassInvalid, "Not a valid"},
		{-404, ClassInvalid, "Not a valid"},
		{1000000, ClassInvalid, "Not a valid"},
	} {
		e := Lookup(tc.code)
		if e.Code != tc.code || e.Class != tc.class || e.Registered || Known(tc.code) {
			t.Errorf("%d: got code %d class %q registered %v", tc.code, e.Code, e.Class, e.Registered)
		}
		if !strings.Contains(e.Summary, tc.summary) {
			t.Errorf("%d: summary %q lacks %q", tc.code, e.Summary, tc.summary)
		}
		if e.Title == "" || e.Reference == "" || len(e.NextSteps) == 0 || e.Retry == "" || e.Origin != "" {
			t.Errorf("%d: incomplete fallback entry %+v", tc.code, e)
		}
	}
}

func TestEntriesWellFormed(t *testing.T) {
	retries := map[Retry]bool{RetryNever: true, RetryAfterFix: true, RetryWithBackoff: true, RetryAfterRetryAfter: true}
	prev := 0
	for _, e := range All() {
		if e.Code <= prev {
			t.Errorf("All not sorted or duplicated at %d", e.Code)
		}
		prev = e.Code
		if e.Class != ClassOf(e.Code) || e.Class == ClassInvalid {
			t.Errorf("%d: class %q", e.Code, e.Class)
		}
		if !retries[e.Retry] {
			t.Errorf("%d: retry %q", e.Code, e.Retry)
		}
		if !strings.HasPrefix(e.Reference, "https://") {
			t.Errorf("%d: reference %q is not an https URL", e.Code, e.Reference)
		}
		if n := len(e.Causes); n < 2 || n > 4 {
			t.Errorf("%d: %d causes, want 2–4", e.Code, n)
		}
		if len(e.NextSteps) == 0 || e.Title == "" {
			t.Errorf("%d: no title or next steps", e.Code)
		}
		if n := sentences(e.Summary); n < 1 || n > 2 {
			t.Errorf("%d: summary has %d sentences, want 1–2: %q", e.Code, n, e.Summary)
		}
		if e.Registered == (e.Origin != "") {
			t.Errorf("%d: registered=%v but origin %q", e.Code, e.Registered, e.Origin)
		}
		if _, ok := obsoleteWhy[e.Code]; ok != e.Obsolete {
			t.Errorf("%d: obsolete=%v but obsoleteWhy has it: %v", e.Code, e.Obsolete, ok)
		}
		for _, s := range append(append([]string{e.Summary}, e.Causes...), e.NextSteps...) {
			if strings.TrimSpace(s) != s || s == "" {
				t.Errorf("%d: untidy text %q", e.Code, s)
			}
		}
	}
}

// sentences counts sentence ends: a full stop, question or exclamation
// mark followed by a space and a capital letter, or at the very end.
func sentences(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] != '.' && s[i] != '!' && s[i] != '?' {
			continue
		}
		if i == len(s)-1 || (i+2 < len(s) && s[i+1] == ' ' && s[i+2] >= 'A' && s[i+2] <= 'Z') {
			n++
		}
	}
	return n
}

func TestLookupReturnsCopy(t *testing.T) {
	e := Lookup(404)
	e.Causes[0] = "changed"
	e.NextSteps = append(e.NextSteps[:0], "changed")
	if got := Lookup(404); got.Causes[0] == "changed" || got.NextSteps[0] == "changed" {
		t.Fatal("Lookup shares its slices with the table")
	}
	all := All()
	all[0].Causes[0] = "changed"
	if All()[0].Causes[0] == "changed" {
		t.Fatal("All shares its slices with the table")
	}
	f := Lookup(477)
	f.NextSteps[0] = "changed"
	if Lookup(478).NextSteps[0] == "changed" {
		t.Fatal("class fallback shares its slices")
	}
}

// TestTitleIsLookupTitle checks Title, and that Check, which reads the
// tables without copying them, leaves them as they were.
func TestTitleIsLookupTitle(t *testing.T) {
	for _, code := range []int{0, 99, 100, 200, 306, 404, 418, 422, 477, 499, 520, 599, 600, 1000, -1} {
		if got, want := Title(code), Lookup(code).Title; got != want || got == "" {
			t.Errorf("Title(%d) = %q, Lookup gives %q", code, got, want)
		}
		if e := entry(code); e.Code != code {
			t.Errorf("entry(%d).Code = %d", code, e.Code)
		}
	}
}
