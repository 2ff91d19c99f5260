package field

import "bytes"

// checkContentType compares the declared Content-Type with the body.
func checkContentType(c *checker) {
	i := c.first("Content-Type")
	body := c.resp.Body
	if i < 0 {
		if c.hasBody() {
			c.raiseBody("content-type.missing")
		}
		return
	}
	mt, why := c.mediaOf(c.h[i].Value)
	if why != "" {
		return // field.invalid already says so
	}
	if (mt.Essence() == "text/html" || mt.Essence() == "text/plain") &&
		body != nil && body.IsJSON && body.Sniffed && body.JSONError == nil {
		c.raiseField(i, "content-type.mismatch", mt.Essence())
	}
	// text/event-stream is always UTF-8 and takes no charset.
	if _, ok := mt.Param("charset"); mt.Type == "text" && !ok && mt.Subtype != "event-stream" {
		c.raiseField(i, "content-type.no-charset", mt.Essence())
	}
}

// hasBody reports whether the response carries content, pasted or not.
func (c *checker) hasBody() bool {
	switch s := c.resp.Status; {
	case s >= 100 && s < 200, s == 204, s == 304:
		return false
	}
	b := c.resp.Body
	return b != nil && (b.Omitted || len(bytes.TrimSpace(b.Bytes)) > 0)
}
