package report

import (
	"bytes"
	"encoding/json"
	"sort"
)

// Claims are a token's claims in the order the token holds them.
type Claims struct {
	Keys   []string
	Values map[string]any
}

// MarshalJSON writes the claims as one object in token order.
func (c Claims) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	b.WriteByte('{')
	n := 0
	write := func(k string) error {
		v, ok := c.Values[k]
		if !ok {
			return nil
		}
		if n > 0 {
			b.WriteByte(',')
		}
		n++
		kb, _ := json.Marshal(k)
		b.Write(kb)
		b.WriteByte(':')
		vb, err := json.Marshal(v)
		if err != nil {
			return err
		}
		b.Write(vb)
		return nil
	}
	seen := make(map[string]bool, len(c.Keys))
	for _, k := range c.Keys {
		if seen[k] {
			continue
		}
		seen[k] = true
		if err := write(k); err != nil {
			return nil, err
		}
	}
	// Claims a caller gave without an order follow, sorted.
	var rest []string
	for k := range c.Values {
		if !seen[k] {
			rest = append(rest, k)
		}
	}
	sort.Strings(rest)
	for _, k := range rest {
		if err := write(k); err != nil {
			return nil, err
		}
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}
