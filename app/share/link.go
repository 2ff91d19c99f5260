package share

import (
	"bytes"
	"compress/flate"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"strings"
)

// The share link carries the paste in the URL fragment, which browsers
// never send to a server:
//
//	https://<site>/#v1.<data>
//
// where <data> is the paste compressed with raw DEFLATE (RFC 1951, best
// compression) and written in unpadded base64url (RFC 4648 section 5).
// "v1." names the format so a later one can differ. Decode also accepts
// the form "#paste=v1.<data>" (among other "&"-separated keys), a whole
// URL, and links that a chat tool wrapped or quoted.
const linkPrefix = "v1."

// MaxDecoded bounds the text Decode will unpack: a hostile link, small but
// inflating to gigabytes, must not exhaust the browser's memory.
const MaxDecoded = 16 << 20

// Errors Decode returns (possibly wrapped with details; test with errors.Is).
var (
	ErrNotLink   = errors.New("not an httpexplain link")
	ErrCutOff    = errors.New("the link is cut off: copy the whole link and try again")
	ErrDamaged   = errors.New("the link is damaged: its data does not unpack")
	ErrTooLarge  = fmt.Errorf("the link unpacks to more than %d MiB of text", MaxDecoded>>20)
	ErrNewFormat = errors.New("the link was made by a newer httpexplain: reload the page")
)

// Encode returns the fragment payload for text (without the leading "#").
func Encode(text string) string {
	var b bytes.Buffer
	w, err := flate.NewWriter(&b, flate.BestCompression)
	if err != nil {
		panic(err) // only for a bad level, a constant here
	}
	io.WriteString(w, text)
	w.Close()
	return Frame(b.Bytes())
}

// Frame returns the fragment payload for text already compressed as raw
// DEFLATE (RFC 1951), by any compressor: the page uses the browser's.
func Frame(deflated []byte) string {
	return linkPrefix + base64.RawURLEncoding.EncodeToString(deflated)
}

// Decode returns the text a share link carries. fragment may be the
// fragment with or without its "#", or the whole link.
func Decode(fragment string) (string, error) {
	f := fragment
	if k := strings.IndexByte(f, '#'); k >= 0 {
		f = f[k+1:]
	}
	// Chat tools wrap long links and glue punctuation to them.
	f = strings.Map(func(r rune) rune {
		if r == ' ' || r == '\t' || r == '\r' || r == '\n' {
			return -1
		}
		return r
	}, f)
	if !strings.HasPrefix(f, linkPrefix) && strings.Contains(f, "=") {
		v, ok := pasteKey(f)
		if !ok {
			return "", ErrNotLink
		}
		f = v
	}
	if f == "" {
		return "", fmt.Errorf("%w: it holds no paste", ErrNotLink)
	}
	data, ok := strings.CutPrefix(f, linkPrefix)
	if !ok {
		if isVersion(f) {
			return "", ErrNewFormat
		}
		return "", ErrNotLink
	}
	data = strings.TrimRight(data, ".,;:!?)]}>'\"=")
	if data == "" {
		return "", ErrCutOff
	}
	raw, err := base64.RawURLEncoding.DecodeString(data)
	if err != nil {
		if len(data)%4 == 1 && b64run(data, 0) == len(data) {
			return "", ErrCutOff
		}
		return "", fmt.Errorf("%w: %v", ErrNotLink, err)
	}
	r := flate.NewReader(bytes.NewReader(raw))
	out, err := io.ReadAll(io.LimitReader(r, MaxDecoded+1))
	switch {
	case errors.Is(err, io.ErrUnexpectedEOF):
		return "", ErrCutOff
	case err != nil:
		return "", ErrDamaged
	case len(out) > MaxDecoded:
		return "", ErrTooLarge
	}
	return string(out), nil
}

// pasteKey finds paste=<value> among "&"-separated keys.
func pasteKey(f string) (string, bool) {
	for part := range strings.SplitSeq(f, "&") {
		if v, ok := strings.CutPrefix(part, "paste="); ok {
			return v, true
		}
	}
	return "", false
}

// isVersion reports whether f starts like a later format ("v2.").
func isVersion(f string) bool {
	if len(f) < 3 || f[0] != 'v' {
		return false
	}
	i := 1
	for i < len(f) && f[i] >= '0' && f[i] <= '9' {
		i++
	}
	return i > 1 && i < len(f) && f[i] == '.'
}
