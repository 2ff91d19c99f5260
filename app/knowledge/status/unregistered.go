package status

// Reference bases for the unregistered codes' owners.
const (
	cloudflare5xx = "https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-"
	awsALB        = "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-troubleshooting.html"
	nginxSSL      = "https://nginx.org/en/docs/http/ngx_http_ssl_module.html#errors"
	// wikiUnofficial is the only public list for codes whose users never
	// documented them.
	wikiUnofficial = "https://en.wikipedia.org/wiki/List_of_HTTP_status_codes#Unofficial_codes"
)

// unregistered are codes outside the IANA registry that support engineers
// still meet: CDN, load balancer, web server and vendor codes. Origin says
// who sends each.
var unregistered = []Entry{
	{
		Code:    218,
		Title:   "This is fine",
		Origin:  "Apache HTTP Server (unofficial)",
		Summary: "Reported from Apache setups with ProxyErrorOverride on: a catch-all code that lets the backend's own error body through. Despite the 2xx, the body may describe an error.",
		Causes: []string{
			"An Apache reverse proxy passing through an error page from the application behind it.",
			"An Apache configuration that overrides error responses from the backend.",
		},
		NextSteps: []string{
			"Read the body: it may hold the real error.",
			"Ask the server owner which backend response was replaced.",
		},
		Retry:     RetryNever,
		Reference: wikiUnofficial,
	},
	{
		Code:    419,
		Title:   "Page Expired",
		Origin:  "Laravel",
		Summary: "Laravel's answer when a form or AJAX request fails its CSRF check: the token is missing, wrong, or belongs to a session that has expired.",
		Causes: []string{
			"A form left open until the session timed out.",
			"An AJAX call without the X-CSRF-TOKEN (or X-XSRF-TOKEN) header.",
			"Session cookies not sent or not kept (wrong domain, SameSite, or a cache serving a stale page).",
		},
		NextSteps: []string{
			"Reload the page to get a fresh token, then submit again.",
			"For API clients, send the CSRF token, or use the app's token-authenticated API routes instead.",
		},
		Retry:     RetryAfterFix,
		Reference: "https://laravel.com/docs/csrf",
		Aliases:   []string{"unknown status", "Authentication Timeout"},
	},
	{
		Code:    420,
		Title:   "Enhance Your Calm",
		Origin:  "Twitter API v1 (Enhance Your Calm); Spring Framework (Method Failure, deprecated)",
		Summary: "Twitter's old API sent 420 when a client was rate limited, before 429 existed. Spring's HttpStatus also names 420 Method Failure, from an old WebDAV draft; Shopify once used it for locked stores.",
		Causes: []string{
			"Too many requests to the old Twitter v1 Search or Trends API.",
			"A Java service returning Spring's deprecated METHOD_FAILURE constant.",
		},
		NextSteps: []string{
			"For a rate limit, slow down and retry with backoff.",
			"Otherwise read the body and ask the service owner what the 420 means for them.",
		},
		Retry:     RetryWithBackoff,
		Reference: "https://docs.spring.io/spring-framework/docs/current/javadoc-api/org/springframework/http/HttpStatus.html#METHOD_FAILURE",
		Aliases:   []string{"Method Failure"},
	},
	{
		Code:    430,
		Title:   "Request Header Fields Too Large",
		Origin:  "Shopify",
		Summary: "A Shopify code. It first stood for request headers that were too large (the draft name of 431) or too many calls; Shopify now documents it as a security rejection of a request it takes for malicious.",
		Causes: []string{
			"Traffic that Shopify's security layer flagged, often from a shared cloud IP address with a bad reputation.",
			"Fast automated requests to a storefront, such as scraping.",
		},
		NextSteps: []string{
			"Slow down, and use Shopify's official APIs rather than storefront pages.",
			"If calls from a shared cloud host are refused, try another egress IP or contact Shopify support.",
		},
		Retry:     RetryWithBackoff,
		Reference: "https://shopify.dev/docs/api/usage/response-codes",
		Aliases:   []string{"Shopify Security Rejection"},
	},
	{
		Code:    440,
		Title:   "Login Time-out",
		Origin:  "Microsoft IIS / Exchange (Outlook on the web)",
		Summary: "Microsoft's code for a web session that expired: the user has to sign in again.",
		Causes: []string{
			"An Outlook on the web or other IIS-hosted session left idle past its timeout.",
			"Session cookies cleared or blocked.",
		},
		NextSteps: []string{
			"Sign in again, then repeat the action.",
		},
		Retry:     RetryAfterFix,
		Reference: "https://en.wikipedia.org/wiki/List_of_HTTP_status_codes#Internet_Information_Services",
	},
	{
		Code:    444,
		Title:   "No Response",
		Origin:  "nginx",
		Summary: "An nginx code that is never sent: it tells nginx to close the connection without answering. It shows in nginx's logs; the client sees an empty reply.",
		Causes: []string{
			"An nginx rule (return 444) that drops requests for unknown hosts, bots or blocked clients.",
			"A request with a Host name the server is not set up for, caught by a default server block.",
		},
		NextSteps: []string{
			"Check that the Host name and URL are right; the server is refusing on purpose.",
			"If the client is blocked by mistake, the server owner has to change the nginx rule.",
		},
		Retry:     RetryAfterFix,
		Reference: "https://nginx.org/en/docs/http/ngx_http_rewrite_module.html#return",
	},
	{
		Code:    449,
		Title:   "Retry With",
		Origin:  "Microsoft (WebDAV extensions, Exchange ActiveSync)",
		Summary: "A Microsoft extension: the server needs more information or an extra step from the client first, and the client should repeat the request after providing it.",
		Causes: []string{
			"A Microsoft WebDAV server asking for an echo header (Ms-Echo-Request).",
			"An Exchange ActiveSync device that has to re-provision before syncing.",
		},
		NextSteps: []string{
			"Do what the response asks (the body or headers say what), then repeat the request.",
		},
		Retry:     RetryAfterFix,
		Reference: "https://learn.microsoft.com/en-us/openspecs/windows_protocols/ms-wdv/83ecf19f-e0f8-4706-aae5-ba618f52f100",
		Aliases:   []string{"Reply With"},
	},
	{
		Code:    450,
		Title:   "Blocked by Windows Parental Controls",
		Origin:  "Microsoft Windows",
		Summary: "Windows parental controls (Family Safety) blocked the page on this computer. The site itself did not refuse.",
		Causes: []string{
			"A family-safety policy on the user's Windows account.",
			"A site category or address on the account's block list.",
		},
		NextSteps: []string{
			"The person who manages the account's family settings has to allow the site.",
		},
		Retry:     RetryNever,
		Reference: "https://en.wikipedia.org/wiki/List_of_HTTP_status_codes#Unofficial_codes",
	},
	{
		Code:    460,
		Title:   "Client Closed Connection",
		Origin:  "AWS Elastic Load Balancing (ALB)",
		Summary: "An AWS Application Load Balancer code for its logs: the client closed the connection before the load balancer could answer. The client gave up; the target may still have done the work.",
		Causes: []string{
			"A client timeout shorter than the time the backend takes.",
			"A user closing the page or an app cancelling the call.",
		},
		NextSteps: []string{
			"Raise the client's timeout, or make the backend answer faster.",
			"Before resending a POST, check whether it took effect.",
		},
		Retry:     RetryWithBackoff,
		Reference: awsALB,
	},
	{
		Code:    463,
		Title:   "Too Many Forwarded Addresses",
		Origin:  "AWS Elastic Load Balancing (ALB)",
		Summary: "The AWS Application Load Balancer refused the request because its X-Forwarded-For field lists more than 30 IP addresses.",
		Causes: []string{
			"A chain of proxies each appending to X-Forwarded-For.",
			"A proxy loop, or a client that forges a long X-Forwarded-For.",
		},
		NextSteps: []string{
			"Trim X-Forwarded-For before the load balancer, and look for a proxy loop.",
		},
		Retry:     RetryAfterFix,
		Reference: awsALB,
	},
	{
		Code:    464,
		Title:   "Incompatible Protocol",
		Origin:  "AWS Elastic Load Balancing (ALB)",
		Summary: "The AWS Application Load Balancer got a request in a protocol its target group does not speak, such as HTTP/1.1 to a gRPC target group.",
		Causes: []string{
			"A gRPC target group reached with plain HTTP/1.1 or HTTP/2 calls, or the other way round.",
			"A listener rule sending traffic to the wrong target group.",
		},
		NextSteps: []string{
			"Call the endpoint with the protocol its target group expects, or fix the listener rules.",
		},
		Retry:     RetryAfterFix,
		Reference: awsALB,
	},
	{
		Code:    494,
		Title:   "Request Header Too Large",
		Origin:  "nginx",
		Summary: "An nginx code for its logs and error pages: the request line or a header was larger than nginx accepts. The client usually sees 400 \"Request Header Or Cookie Too Large\".",
		Causes: []string{
			"Large or many cookies for the domain.",
			"A long token or URL beyond the large_client_header_buffers limit.",
		},
		NextSteps: []string{
			"Clear the site's cookies or shorten the headers; the server owner can raise the limit.",
		},
		Retry:     RetryAfterFix,
		Reference: "https://nginx.org/en/docs/http/ngx_http_core_module.html#large_client_header_buffers",
	},
	{
		Code:    495,
		Title:   "SSL Certificate Error",
		Origin:  "nginx",
		Summary: "An nginx code: the client certificate sent for mutual TLS failed verification. The client usually sees a 400 page naming the certificate error.",
		Causes: []string{
			"An expired client certificate, or one not signed by the CA nginx trusts.",
			"A missing intermediate certificate in the client's chain.",
		},
		NextSteps: []string{
			"Renew or replace the client certificate, and send the full chain.",
		},
		Retry:     RetryAfterFix,
		Reference: nginxSSL,
	},
	{
		Code:    496,
		Title:   "SSL Certificate Required",
		Origin:  "nginx",
		Summary: "An nginx code: the server requires a client certificate (mutual TLS) and the client did not send one.",
		Causes: []string{
			"A client not configured with its certificate and key.",
			"A proxy in between that ends TLS and drops the client certificate.",
		},
		NextSteps: []string{
			"Configure the client to present its certificate (curl: --cert and --key).",
		},
		Retry:     RetryAfterFix,
		Reference: nginxSSL,
	},
	{
		Code:    497,
		Title:   "HTTP Request Sent to HTTPS Port",
		Origin:  "nginx",
		Summary: "An nginx code: a plain http:// request arrived on a port that expects TLS. The client usually sees a 400 page saying so.",
		Causes: []string{
			"A URL with http:// and an explicit HTTPS port, such as http://example.com:443/.",
			"A proxy forwarding plain HTTP to a TLS port.",
		},
		NextSteps: []string{
			"Use https:// for this port.",
		},
		Retry:     RetryAfterFix,
		Reference: nginxSSL,
	},
	{
		Code:    498,
		Title:   "Invalid Token",
		Origin:  "Esri ArcGIS",
		Summary: "ArcGIS's code for a token that is expired or otherwise invalid. ArcGIS often puts it in the JSON body of an HTTP 200.",
		Causes: []string{
			"An ArcGIS token past its expiry.",
			"A token issued for another server, referer or IP address.",
		},
		NextSteps: []string{
			"Generate a new token and send the request again.",
		},
		Retry:     RetryAfterFix,
		Reference: wikiUnofficial,
	},
	{
		Code:    499,
		Title:   "Client Closed Request",
		Origin:  "nginx; Esri ArcGIS (Token Required)",
		Summary: "In nginx logs, 499 means the client closed the connection before nginx answered. ArcGIS uses the same number for a request that needs a token and sent none.",
		Causes: []string{
			"A client or upstream proxy timeout shorter than the backend's response time (nginx).",
			"A user or app cancelling the request (nginx).",
			"A call to a secured ArcGIS service without a token (ArcGIS).",
		},
		NextSteps: []string{
			"nginx: raise the client's timeout or speed up the backend; check whether a cancelled POST took effect before resending.",
			"ArcGIS: get a token and add it to the request.",
		},
		Retry:     RetryWithBackoff,
		Reference: "https://en.wikipedia.org/wiki/List_of_HTTP_status_codes#nginx",
		Aliases:   []string{"Token Required"},
	},
	{
		Code:    509,
		Title:   "Bandwidth Limit Exceeded",
		Origin:  "Apache with bandwidth modules; cPanel hosting",
		Summary: "The site has used up the bandwidth its hosting plan allows for the period, so the host stopped serving it.",
		Causes: []string{
			"A traffic spike or a large file being downloaded many times.",
			"A small shared-hosting plan.",
		},
		NextSteps: []string{
			"Wait for the quota period to reset, or have the site owner raise the plan's limit.",
		},
		Retry:     RetryWithBackoff,
		Reference: wikiUnofficial,
	},
	{
		Code:    520,
		Title:   "Web Server Returned an Unknown Error",
		Origin:  "Cloudflare",
		Summary: "Cloudflare reached the origin server but got back something it could not use: an empty reply, a reset connection, or a malformed response.",
		Causes: []string{
			"The origin application crashed or reset the connection.",
			"Response headers too large, or a malformed response from the origin.",
			"A firewall at the origin cutting Cloudflare's connections.",
		},
		NextSteps: []string{
			"Retry with backoff; if it persists, the site owner should check the origin's error logs for the Ray ID's time.",
		},
		Retry:     RetryWithBackoff,
		Reference: cloudflare5xx + "520/",
		Aliases:   []string{"Web server is returning an unknown error", "Unknown Error"},
	},
	{
		Code:    521,
		Title:   "Web Server Is Down",
		Origin:  "Cloudflare",
		Summary: "Cloudflare tried to connect to the origin server and the connection was refused.",
		Causes: []string{
			"The web server process is not running.",
			"A firewall or security plugin at the origin blocking Cloudflare's IP ranges.",
		},
		NextSteps: []string{
			"Retry later; the site owner has to start the server or allow Cloudflare's IP addresses.",
		},
		Retry:     RetryWithBackoff,
		Reference: cloudflare5xx + "521/",
	},
	{
		Code:    522,
		Title:   "Connection Timed Out",
		Origin:  "Cloudflare",
		Summary: "Cloudflare could not open a connection to the origin server in time: the origin never answered the connection attempt.",
		Causes: []string{
			"An origin that is overloaded or offline.",
			"A firewall silently dropping Cloudflare's packets.",
			"A DNS record pointing at the wrong IP address.",
		},
		NextSteps: []string{
			"Retry with backoff; the site owner should check the origin's load, firewall and DNS records.",
		},
		Retry:     RetryWithBackoff,
		Reference: cloudflare5xx + "522/",
	},
	{
		Code:    523,
		Title:   "Origin Is Unreachable",
		Origin:  "Cloudflare",
		Summary: "Cloudflare could not find a route to the origin server at all.",
		Causes: []string{
			"A DNS record for the origin that is wrong or was changed.",
			"A network routing problem between Cloudflare and the origin's host.",
		},
		NextSteps: []string{
			"Retry later; the site owner should check the origin IP in the DNS settings and ask the host about routing.",
		},
		Retry:     RetryWithBackoff,
		Reference: cloudflare5xx + "523/",
	},
	{
		Code:    524,
		Title:   "A Timeout Occurred",
		Origin:  "Cloudflare",
		Summary: "Cloudflare connected to the origin, but the origin did not send a response before Cloudflare's time limit (100 seconds by default). The work may have finished anyway.",
		Causes: []string{
			"A slow request: a long report, import or database query.",
			"An overloaded origin.",
		},
		NextSteps: []string{
			"Before resending a POST, check whether it took effect.",
			"Long work should run in the background with a status URL; retry idempotent calls with backoff.",
		},
		Retry:     RetryWithBackoff,
		Reference: cloudflare5xx + "524/",
	},
	{
		Code:    525,
		Title:   "SSL Handshake Failed",
		Origin:  "Cloudflare",
		Summary: "Cloudflare could not complete a TLS handshake with the origin server.",
		Causes: []string{
			"No certificate, or no TLS at all, on the origin's port 443 while Cloudflare is set to Full or Full (strict).",
			"No cipher or TLS version in common, or the origin not supporting SNI.",
		},
		NextSteps: []string{
			"Nothing the visitor can fix: the site owner has to fix TLS on the origin or change the SSL mode.",
		},
		Retry:     RetryAfterFix,
		Reference: cloudflare5xx + "525/",
	},
	{
		Code:    526,
		Title:   "Invalid SSL Certificate",
		Origin:  "Cloudflare",
		Summary: "Cloudflare, in Full (strict) mode, found the origin's certificate invalid: expired, self-signed, or for another host name.",
		Causes: []string{
			"An expired origin certificate.",
			"A self-signed certificate or one that does not cover the host name.",
		},
		NextSteps: []string{
			"The site owner has to install a valid certificate on the origin (a Cloudflare Origin CA certificate works).",
		},
		Retry:     RetryAfterFix,
		Reference: cloudflare5xx + "526/",
	},
	{
		Code:    527,
		Title:   "Railgun Error",
		Origin:  "Cloudflare (Railgun, retired)",
		Summary: "Cloudflare could not reach the origin through its Railgun accelerator. Railgun has been retired, so the code is now rare.",
		Causes: []string{
			"A Railgun listener at the origin that was down or unreachable.",
			"A zone still configured for Railgun after the service was switched off.",
		},
		NextSteps: []string{
			"Retry later; the site owner should move off Railgun.",
		},
		Retry:     RetryWithBackoff,
		Reference: cloudflare5xx + "527/",
	},
	{
		Code:    529,
		Title:   "Site Is Overloaded",
		Origin:  "Anthropic API (overloaded_error); Qualys SSL Labs",
		Summary: "The service is temporarily out of capacity for everyone, not just this client. Anthropic's API sends 529 with error type overloaded_error; it is not the account's rate limit (that is 429).",
		Causes: []string{
			"A surge in traffic across all users of the service.",
			"Capacity trouble or an incident on the provider's side.",
		},
		NextSteps: []string{
			"Retry with exponential backoff and jitter, and stop after a few attempts.",
			"Honour Retry-After if the response carries it; check the service's status page.",
		},
		Retry:     RetryWithBackoff,
		Reference: "https://docs.claude.com/en/api/errors",
		Aliases:   []string{"Overloaded", "Site is overloaded"},
	},
	{
		Code:    530,
		Title:   "Origin DNS Error",
		Origin:  "Cloudflare (with a 1xxx error); Pantheon (site frozen)",
		Summary: "Cloudflare sends 530 along with a numbered 1xxx error in the page, most often 1016 (origin DNS error) or 1033 (tunnel error). On Pantheon, 530 means the site is frozen.",
		Causes: []string{
			"An origin host name in DNS that does not resolve (Cloudflare 1016).",
			"A Cloudflare Tunnel that is down (1033).",
			"A Pantheon site frozen for inactivity.",
		},
		NextSteps: []string{
			"Find the 1xxx number in the error page and look it up; the site owner has to fix the DNS record or tunnel.",
			"On Pantheon, the site owner has to unfreeze the site.",
		},
		Retry:     RetryAfterFix,
		Reference: cloudflare5xx + "530/",
		Aliases:   []string{"Site is frozen", "Site Frozen"},
	},
	{
		Code:    561,
		Title:   "Unauthorized",
		Origin:  "AWS Elastic Load Balancing (ALB authentication)",
		Summary: "An AWS Application Load Balancer set up to log users in got an error from the identity provider (Cognito or OIDC) while authenticating.",
		Causes: []string{
			"A wrong client id, secret, or endpoint in the load balancer's authentication settings.",
			"The identity provider refusing the user or the request.",
		},
		NextSteps: []string{
			"Sign in again; if it persists, the site owner should check the load balancer's identity provider settings.",
		},
		Retry:     RetryAfterFix,
		Reference: awsALB,
	},
	{
		Code:    598,
		Title:   "Network Read Timeout Error",
		Origin:  "some HTTP proxies (unofficial)",
		Summary: "Some proxies send 598 when they timed out reading the response from the server behind them, much like 504.",
		Causes: []string{
			"A slow or hung upstream server.",
			"A proxy read timeout set shorter than the upstream takes to answer.",
		},
		NextSteps: []string{
			"Retry with backoff; check whether a POST took effect before resending.",
		},
		Retry:     RetryWithBackoff,
		Reference: wikiUnofficial,
	},
	{
		Code:    599,
		Title:   "Network Connect Timeout Error",
		Origin:  "some HTTP proxies and client libraries (unofficial)",
		Summary: "Some proxies and client libraries report 599 when they could not connect to the server in time. The server probably never saw the request.",
		Causes: []string{
			"A server that is down or unreachable.",
			"A firewall or network problem between the proxy and the server.",
		},
		NextSteps: []string{
			"Retry with backoff; if it persists, check connectivity to the server.",
		},
		Retry:     RetryWithBackoff,
		Reference: wikiUnofficial,
	},
}
