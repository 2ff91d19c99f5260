package share

import "strings"

// webhookURLs are URLs whose path holds the secret: anyone with the URL can
// post. skip is how many path segments after the marker are ids that stay.
var webhookURLs = []struct {
	marker string
	skip   int
	name   string
}{
	{"hooks.slack.com/services/", 2, "slack-webhook"},   // T…/B…/<secret>
	{"discord.com/api/webhooks/", 1, "discord-webhook"}, // <id>/<token>
	{"discordapp.com/api/webhooks/", 1, "discord-webhook"},
}

// scanWebhooks redacts the secret path segment of webhook URLs.
func scanWebhooks(c *collector) {
	s := c.s
	for _, w := range webhookURLs {
		for i := 0; i < len(s); {
			k := strings.Index(s[i:], w.marker)
			if k < 0 {
				break
			}
			p := i + k + len(w.marker)
			for n := 0; n < w.skip; n++ {
				e := b64run(s, p)
				if e == p || e >= len(s) || s[e] != '/' {
					p = -1
					break
				}
				p = e + 1
			}
			if p < 0 {
				i += k + len(w.marker)
				continue
			}
			e := b64run(s, p)
			c.add(p, e, KindAPIKey, w.name)
			i = max(e, p)
		}
	}
}
