package ratelimit

import "strings"

// Atlassian Jira / Confluence Cloud: X-RateLimit-* where the reset is an
// ISO 8601 time with minute precision ("2026-03-26T16:05Z"), plus
// X-RateLimit-NearLimit and RateLimit-Reason. The ISO reset itself is
// decided by its shape (basis.go). Their Beta-RateLimit fields
// use the IETF syntax and are read by the ietf scheme.

const refAtlassian = "https://developer.atlassian.com/cloud/jira/platform/rate-limiting/"

func readAtlassian(r *reading) *found {
	// An ISO reset alone is read just as well by the generic scheme; these
	// fields are Atlassian's own.
	if !r.has("X-RateLimit-NearLimit") && !r.has("RateLimit-Reason") && !r.has("X-Arequestid") &&
		!strings.Contains(r.vendor, "atlassian") && !strings.Contains(r.vendor, "jira") {
		return nil
	}
	f := r.triple("X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset", hint{})
	if f == nil {
		return nil
	}
	f.res.Reference = refAtlassian
	f.res.Policy = r.get("RateLimit-Reason")
	if strings.EqualFold(r.get("X-RateLimit-NearLimit"), "true") {
		f.note = "Atlassian flags that less than a fifth of the quota is left (X-RateLimit-NearLimit): slow down now to avoid 429s."
	}
	return f
}
