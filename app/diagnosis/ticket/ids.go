package ticket

import "github.com/httpexplain/httpexplain/app/message"

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

// headerIDs returns the id fields of h in table order (each field name may
// occur more than once).
func headerIDs(h message.Header) []ID {
	var ids []ID
	for _, name := range idFields {
		for _, f := range h.All(name) {
			ids = append(ids, ID{Name: f.Name, Value: f.Value})
		}
	}
	return ids
}
