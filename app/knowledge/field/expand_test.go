package field

import (
	"fmt"
	"testing"
)

// TestExpandIsSprintf checks the %s-only formatter against fmt.Sprintf on
// every note definition and on formats it hands over (other verbs, %%,
// a lone %, too few or too many arguments).
func TestExpandIsSprintf(t *testing.T) {
	type tc struct {
		format string
		args   []string
	}
	cases := []tc{
		{"plain", nil}, {"plain", []string{"x"}}, {"%s", []string{"a"}}, {"%s and %s", []string{"a", ""}},
		{"%s", nil}, {"%s %s", []string{"a"}}, {"100%%", nil}, {"%d", []string{"7"}}, {"%q is %s", []string{"a", "b"}},
		{"ends with %", nil}, {"%s%", []string{"a"}}, {"%%s", []string{"a"}}, {"é %s ü", []string{"%s"}},
	}
	for _, d := range defs {
		args := []string{}
		for i := 0; i < 4; i++ {
			cases = append(cases, tc{d.Summary, append([]string(nil), args...)})
			args = append(args, fmt.Sprintf("arg%d %%s", i))
		}
	}
	for _, c := range cases {
		vals := make([]any, len(c.args))
		for i, a := range c.args {
			vals[i] = a
		}
		if got, want := expand(c.format, c.args), fmt.Sprintf(c.format, vals...); got != want {
			t.Errorf("expand(%q, %q) = %q, Sprintf %q", c.format, c.args, got, want)
		}
	}
}
