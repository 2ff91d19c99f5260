package validation

import "testing"

func TestLaravelMore(t *testing.T) {
	for _, tt := range []struct {
		msg  string
		want bool
	}{
		{"The name field is required. (and 2 more errors)", true},
		{"The name field is required. (and 1 more error)", true},
		{"The name field is required. (and 12 more errors) \n", true},
		{"(and 3 more errors)", true},
		{"The name field is required.", false},
		{"The name field is required. (and more errors)", false},
		{"The name field is required. (and 2 more errors) trailing", false},
		{"The name field is required. (and 2 more problems)", false},
		{"(and 2 more errors", false},
		{"(and x more errors)", false},
	} {
		if got := laravelMore(tt.msg); got != tt.want {
			t.Errorf("laravelMore(%q) = %v, want %v", tt.msg, got, tt.want)
		}
	}
}
