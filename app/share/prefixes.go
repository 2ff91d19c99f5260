package share

// keyPrefix is a vendor's API key or token prefix. The key is the prefix
// and the run of key characters after it, of at least min characters (so
// "sk-learn" or the locale "ko_KR" are left alone); for fixed-length
// formats exact says so.
type keyPrefix struct {
	prefix string
	min    int
	exact  bool
	upper  bool // only A-Z and 0-9 follow (AWS key ids)
}

// keyPrefixes groups the prefixes by first byte, for a cheap look-up at
// every word start. An array literal is data in the binary; a map, or an
// array filled from one, is built at start, which the page waits for.
var keyPrefixes = [256][]keyPrefix{
	's': {
		{prefix: "sk_live_", min: 10}, {prefix: "sk_test_", min: 10}, // Stripe secret keys
		{prefix: "sk-ant-", min: 20},                               // Anthropic
		{prefix: "sk-", min: 20},                                   // OpenAI and others
		{prefix: "sq0atp-", min: 16}, {prefix: "sq0csp-", min: 16}, // Square
		{prefix: "shpat_", min: 16}, {prefix: "shpss_", min: 16}, // Shopify
	},
	'r': {{prefix: "rk_live_", min: 10}, {prefix: "rk_test_", min: 10}}, // Stripe restricted keys
	'w': {{prefix: "whsec_", min: 16}},                                  // Stripe webhook secret
	'g': {
		{prefix: "ghp_", min: 20}, {prefix: "gho_", min: 20}, {prefix: "ghu_", min: 20},
		{prefix: "ghs_", min: 20}, {prefix: "ghr_", min: 20}, {prefix: "github_pat_", min: 20}, // GitHub
		{prefix: "glpat-", min: 16}, // GitLab
	},
	'x': {
		{prefix: "xoxb-", min: 10}, {prefix: "xoxp-", min: 10}, {prefix: "xoxa-", min: 10},
		{prefix: "xoxr-", min: 10}, {prefix: "xoxs-", min: 10}, {prefix: "xapp-", min: 10}, // Slack
	},
	'A': {
		{prefix: "AKIA", min: 16, exact: true, upper: true}, {prefix: "ASIA", min: 16, exact: true, upper: true}, // AWS
		{prefix: "AIza", min: 35, exact: true}, // Google API key
	},
	'k': {{prefix: "ko_", min: 12}, {prefix: "ks_", min: 12}}, // AuthRocket v1 and v2 API keys
	'j': {{prefix: "jsk_", min: 12}},                          // AuthRocket JWT secret
	'n': {{prefix: "npm_", min: 30}},                          // npm
	'p': {{prefix: "pypi-", min: 30}},                         // PyPI
	'h': {{prefix: "hf_", min: 30}},                           // Hugging Face
	'd': {{prefix: "dop_v1_", min: 30}},                       // DigitalOcean
	'S': {{prefix: "SG.", min: 30}},                           // SendGrid
}

func isKeyChar(ch byte, p keyPrefix) bool {
	if p.upper {
		return ch >= 'A' && ch <= 'Z' || ch >= '0' && ch <= '9'
	}
	return isB64URL(ch) || p.prefix == "SG." && ch == '.'
}

// scanPrefixes finds API keys by their vendor prefix wherever they stand.
func scanPrefixes(c *collector) {
	s := c.s
	for i := 0; i < len(s); i++ {
		ps := keyPrefixes[s[i]]
		if ps == nil || i > 0 && isB64URL(s[i-1]) && !afterEscape(s, i) {
			continue
		}
		for _, p := range ps {
			if len(s)-i < len(p.prefix) || s[i:i+len(p.prefix)] != p.prefix {
				continue
			}
			e := i + len(p.prefix)
			for e < len(s) && isKeyChar(s[e], p) {
				e++
			}
			n := e - i - len(p.prefix)
			if n < p.min || p.exact && (n != p.min || e < len(s) && isB64URL(s[e])) || !hasDigit(s[i+len(p.prefix):e]) {
				continue
			}
			c.secret(i, e, KindAPIKey, p.prefix)
			i = e - 1
			break
		}
	}
}

// hasDigit tells generated keys (which have digits) from words that share
// a prefix ("sk-learn-tutorial-for-beginners").
func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			return true
		}
	}
	return false
}
