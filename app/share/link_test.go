package share

import (
	"bytes"
	"compress/flate"
	"errors"
	"math/rand/v2"
	"strings"
	"testing"
)

func TestRoundTrip(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	noise := make([]byte, 1<<20)
	for i := range noise {
		noise[i] = byte(rng.UintN(256))
	}
	texts := map[string]string{
		"empty":       "",
		"sample":      readSample(t, "curl_v.txt"),
		"non-ascii":   "Grüße, 世界! Ошибка 😀 — «quoted» \u2028 end",
		"bad utf-8":   "\xff\xfe\x00abc\x80",
		"1 MB paste":  bigPaste(t, 1<<20),
		"1 MB noise":  string(noise),
		"exact bound": strings.Repeat("a", MaxDecoded),
	}
	for name, text := range texts {
		f := Encode(text)
		if !strings.HasPrefix(f, "v1.") || strings.ContainsAny(f, "#?&=+/ \n") {
			t.Errorf("%s: fragment %.40q… is not v1. plus base64url", name, f)
		}
		got, err := Decode("#" + f)
		if err != nil || got != text {
			t.Errorf("%s: round trip failed (err %v, %d bytes back of %d)", name, err, len(got), len(text))
		}
	}
	if big := len(Encode(bigPaste(t, 1<<20))); big > 200<<10 {
		t.Errorf("1 MB of repetitive paste made a %d-character link: compression is off", big)
	}
}

func TestDecodeForms(t *testing.T) {
	text := "HTTP/1.1 404 Not Found\n\nnope"
	f := Encode(text)
	wrapped := f[:10] + "\n  " + f[10:20] + " " + f[20:]
	for _, in := range []string{
		f, "#" + f, "https://httpexplain.github.io/#" + f, "#paste=" + f, "#theme=dark&paste=" + f,
		wrapped, "<https://httpexplain.github.io/#" + f + ">", "(see https://x.example/#" + f + ").", " " + f + "\n",
	} {
		got, err := Decode(in)
		if err != nil || got != text {
			t.Errorf("Decode(%q) = %q, %v", in, got, err)
		}
	}
}

func TestDecodeErrors(t *testing.T) {
	f := Encode(readSample(t, "har.json"))
	bomb := Encode(strings.Repeat("a", MaxDecoded+1))
	if len(bomb) > 40000 {
		t.Fatalf("bomb link is %d characters; the test wants a small one", len(bomb))
	}
	tests := []struct {
		name, in string
		want     error
	}{
		{"empty", "", ErrNotLink},
		{"just a hash", "#", ErrNotLink},
		{"other fragment", "#section-2", ErrNotLink},
		{"other keys", "#a=1&b=2", ErrNotLink},
		{"empty paste key", "#paste=", ErrNotLink},
		{"garbage", "#v1.not*base64*at*all", ErrNotLink},
		{"base64 but not deflate", "#v1.thisisnotdeflate", ErrDamaged},
		{"bad alphabet", "#v1.abc$def", ErrNotLink},
		{"newer format", "#v2." + f[3:], ErrNewFormat},
		{"nothing after the tag", "#v1.", ErrCutOff},
		{"cut off", "#" + f[:len(f)/2], ErrCutOff},
		{"one character kept of a quad", "#" + f[:3+4*20+1], ErrCutOff},
		{"not deflate", "#v1." + "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", ErrDamaged},
		{"zip bomb", "#" + bomb, ErrTooLarge},
	}
	for _, tc := range tests {
		got, err := Decode(tc.in)
		if !errors.Is(err, tc.want) {
			t.Errorf("%s: Decode = %.20q, %v; want %v", tc.name, got, err, tc.want)
		}
		if err != nil && err.Error() == "" {
			t.Errorf("%s: empty error text", tc.name)
		}
	}
}

// TestTruncations: a link cut anywhere either fails or, when only padding
// bits went, still gives the whole text; it never gives a shorter text.
func TestTruncations(t *testing.T) {
	text := readSample(t, "chat_quoted.txt")
	f := Encode(text)
	for n := 0; n < len(f); n++ {
		got, err := Decode(f[:n])
		if err == nil && got != text {
			t.Fatalf("cut at %d/%d decoded to a different text", n, len(f))
		}
	}
}

func TestLinkInfo(t *testing.T) {
	tests := []struct {
		n    int
		want string // "" or a word the warning must contain
	}{
		{0, ""}, {300, ""}, {2000, ""},
		{2001, "Discord"}, {8000, "Discord"},
		{8001, "address bars"}, {40000, "address bars"},
		{40001, "Slack"}, {1 << 20, "Slack"},
	}
	for _, tc := range tests {
		got := LinkInfo(tc.n)
		if tc.want == "" && got != "" || tc.want != "" && !strings.Contains(got, tc.want) {
			t.Errorf("LinkInfo(%d) = %q, want it to say %q", tc.n, got, tc.want)
		}
	}
}

// Frame takes raw DEFLATE from any compressor (the page uses the
// browser's); Decode reads it back.
func TestFrameAnyCompressor(t *testing.T) {
	text := "HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Bearer\r\n\r\n{\"error\":\"invalid_token\"}"
	for _, level := range []int{flate.NoCompression, flate.HuffmanOnly, flate.BestSpeed} {
		var b bytes.Buffer
		w, err := flate.NewWriter(&b, level)
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(text))
		w.Close()
		got, err := Decode("https://example.invalid/httpexplain/#" + Frame(b.Bytes()))
		if err != nil || got != text {
			t.Errorf("level %d: Decode(Frame(…)) = %q, %v; want the text back", level, got, err)
		}
	}
}
