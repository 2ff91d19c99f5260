package ticket

import (
	"sync"

	"github.com/httpexplain/httpexplain/app/message"
)

// idFields are the response fields that carry request or trace ids, in the
// order a ticket lists them: generic request ids first, then vendor and
// platform ids, then tracing headers.
var idFields = []string{
	"X-Request-Id",
	"Request-Id", // Stripe, Anthropic
	"X-Correlation-Id",
	"Correlation-Id",
	"CF-Ray",           // Cloudflare
	"X-Amzn-RequestId", // AWS JSON protocols, API Gateway
	"X-Amz-Request-Id", // S3
	"X-Amz-Id-2",       // S3 extended request id
	"X-Amzn-Trace-Id",  // AWS X-Ray / load balancers
	"X-Amz-Cf-Id",      // CloudFront
	"Apigw-Requestid",  // API Gateway HTTP APIs
	"X-GitHub-Request-Id",
	"X-Slack-Req-Id",
	"Twilio-Request-Id",
	"X-Shopify-Request-Id",
	"X-MS-Request-Id",
	"Client-Request-Id", // Microsoft Graph
	"X-Ms-Client-Request-Id",
	"X-Ms-Correlation-Request-Id", // Azure Resource Manager
	"X-Azure-Ref",                 // Azure Front Door
	"X-Cloud-Trace-Context",       // Google Cloud
	"X-Vercel-Id",
	"X-Nf-Request-Id", // Netlify
	"Fly-Request-Id",
	"X-Fastly-Request-ID",
	"X-Akamai-Request-ID",
	"X-Trace-Id",
	"Traceparent", // W3C Trace Context
	"Traceresponse",
	"X-B3-TraceId", // Zipkin
	"X-Datadog-Trace-Id",
}

// idNames finds the fields of idFields in a header; made on first use,
// not at the page's start.
var idNames = sync.OnceValue(func() *message.Names { return message.NewNames(idFields...) })

// headerIDs returns the id fields of h in table order (each field name may
// occur more than once), and, for one name, in header order.
//
// The header is walked once, each line looked up in the table, rather than
// once for each of the names: most responses carry none or one of them.
func headerIDs(h message.Header) []ID {
	type match struct {
		row int
		id  ID
	}
	var found []match
	for _, f := range h {
		if row := idNames().Index(f.Name); row >= 0 {
			found = append(found, match{row, ID{Name: f.Name, Value: f.Value}})
		}
	}
	if len(found) == 0 {
		return nil
	}
	ids := make([]ID, 0, len(found))
	for row := range idFields {
		for _, m := range found {
			if m.row == row {
				ids = append(ids, m.id)
			}
		}
	}
	return ids
}
