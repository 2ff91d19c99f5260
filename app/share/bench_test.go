package share

import (
	"strings"
	"testing"
)

// bigPaste builds about size bytes from the samples: secrets, headers,
// HAR JSON and prose, the mix a large paste has.
func bigPaste(t testing.TB, size int) string {
	var parts []string
	for _, tc := range samples {
		parts = append(parts, readSample(t, tc.file))
	}
	unit := strings.Join(parts, "\n")
	var b strings.Builder
	b.Grow(size + len(unit))
	for b.Len() < size {
		b.WriteString(unit)
	}
	return b.String()
}

func BenchmarkRedact10MB(b *testing.B) {
	paste := bigPaste(b, 10<<20)
	b.SetBytes(int64(len(paste)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		Redact(paste, Options{})
	}
}

func BenchmarkEncode1MB(b *testing.B) {
	paste := bigPaste(b, 1<<20)
	b.SetBytes(int64(len(paste)))
	b.ReportAllocs()
	for b.Loop() {
		Encode(paste)
	}
}

func BenchmarkEncodeSmall(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		Encode("HTTP/1.1 200 OK\n\nhi")
	}
}

// BenchmarkRedact10MBBody is the common big paste: a few headers and a
// large JSON body with hardly any secrets.
func BenchmarkRedact10MBBody(b *testing.B) {
	var sb strings.Builder
	sb.WriteString(readSample(b, "curl_v.txt"))
	sb.WriteString("[")
	for sb.Len() < 10<<20 {
		sb.WriteString(`{"id":"usr_0vPqnHx2","email":"ada@example.com","created_at":"2026-12-03T09:30:00Z","tags":["a","b"],"score":12.5,"note":"Grüße \"quoted\" text\nline two"},`)
	}
	sb.WriteString(`{}]`)
	paste := sb.String()
	b.SetBytes(int64(len(paste)))
	b.ReportAllocs()
	for b.Loop() {
		Redact(paste, Options{})
	}
}

// benchRepeatedSetCookie redacts Set-Cookie headers standing in secret
// parameters' values, repeated on one line to size bytes: the pair of
// sizes shows the time growing linearly (TestValueReadsAreLinear).
func benchRepeatedSetCookie(b *testing.B, size int) {
	const unit = "token=Set-Cookie:a=1; "
	paste := strings.Repeat(unit, size/len(unit))
	b.SetBytes(int64(len(paste)))
	for b.Loop() {
		Redact(paste, Options{})
	}
}

func BenchmarkRedactRepeatedSetCookie64KB(b *testing.B)  { benchRepeatedSetCookie(b, 64<<10) }
func BenchmarkRedactRepeatedSetCookie256KB(b *testing.B) { benchRepeatedSetCookie(b, 256<<10) }
