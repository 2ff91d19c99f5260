package jsontree

import (
	"math"
	"strconv"
)

// Int64 returns the value of a number node when it is an integer that fits
// in an int64, whatever its notation ("42", "-7", "4.20e1", "1.0").
func (t *Tree) Int64(n Node) (int64, bool) {
	if t.Kind(n) != Number {
		return 0, false
	}
	raw := t.Raw(n)
	if v, err := strconv.ParseInt(string(raw), 10, 64); err == nil {
		return v, true
	}
	return exactInt(raw)
}

// exactInt converts a number with a fraction or exponent to an int64 by
// shifting its digits, so that "1e2" is 100 but "1.5" and "1e40" are not
// integers of int64 range. It never builds more than 20 digits, whatever
// the exponent says.
func exactInt(raw []byte) (int64, bool) {
	neg := len(raw) > 0 && raw[0] == '-'
	if neg {
		raw = raw[1:]
	}
	var digits []byte
	point := -1
	i := 0
	for ; i < len(raw) && raw[i] != 'e' && raw[i] != 'E'; i++ {
		if raw[i] == '.' {
			point = len(digits)
			continue
		}
		digits = append(digits, raw[i])
	}
	if point < 0 {
		point = len(digits)
	}
	exp := 0
	if i < len(raw) {
		i++
		eneg := false
		if i < len(raw) && (raw[i] == '+' || raw[i] == '-') {
			eneg = raw[i] == '-'
			i++
		}
		for ; i < len(raw); i++ {
			if exp < 1e6 {
				exp = exp*10 + int(raw[i]-'0')
			}
		}
		if eneg {
			exp = -exp
		}
	}
	// Drop leading zeros so point counts significant integer digits.
	for len(digits) > 0 && digits[0] == '0' {
		digits = digits[1:]
		point--
	}
	allZero := true
	for _, d := range digits {
		if d != '0' {
			allZero = false
		}
	}
	if allZero {
		return 0, true
	}
	point += exp
	if point <= 0 || point > 19 {
		return 0, false
	}
	if point < len(digits) {
		for _, d := range digits[point:] {
			if d != '0' {
				return 0, false
			}
		}
		digits = digits[:point]
	}
	var b []byte
	if neg {
		b = append(b, '-')
	}
	b = append(b, digits...)
	for k := len(digits); k < point; k++ {
		b = append(b, '0')
	}
	v, err := strconv.ParseInt(string(b), 10, 64)
	if err != nil {
		return 0, false
	}
	return v, true
}

// Float returns the value of a number node as the nearest float64; ok is
// false for other kinds and for numbers beyond float64 range.
func (t *Tree) Float(n Node) (float64, bool) {
	if t.Kind(n) != Number {
		return 0, false
	}
	f, err := strconv.ParseFloat(string(t.Raw(n)), 64)
	if err != nil || math.IsInf(f, 0) {
		return f, false
	}
	return f, true
}
