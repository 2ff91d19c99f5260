package field

import "strings"

// hopByHop are the connection-specific fields that HTTP/2 and HTTP/3
// forbid (RFC 9113 §8.2.2, RFC 9114 §4.2).
var hopByHop = map[string]bool{
	"connection": true, "keep-alive": true, "proxy-connection": true,
	"transfer-encoding": true, "upgrade": true,
}

// checkFraming looks at how the body's length is stated.
func checkFraming(c *checker) {
	if cl := c.first("Content-Length"); cl >= 0 && c.first("Transfer-Encoding") >= 0 {
		c.raiseField(cl, "body.length-and-chunked")
	}
	v := strings.ToUpper(c.resp.Version)
	if !strings.HasPrefix(v, "HTTP/2") && !strings.HasPrefix(v, "HTTP/3") {
		return
	}
	for i := range c.per {
		if hopByHop[c.per[i].key] {
			c.raiseField(i, "h2.hop-by-hop", c.per[i].name, clip(c.resp.Version))
		}
	}
}
