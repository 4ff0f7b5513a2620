package browser

import (
	"bytes"
	"io"
	"mime"
	"mime/multipart"
	"net/url"
	"strings"

	"github.com/go-rod/rod/lib/proto"
)

// sentFields are the names of the fields a form's POST sent, read from its body as the page
// sent it: what the product's answer must hold again to be "the form again". The values are
// never kept (they may be secrets). nil when the body is not a form's, or too long for the
// browser to report.
func sentFields(r *proto.NetworkRequest) []string {
	body := r.PostData
	if body == "" {
		var b bytes.Buffer
		for _, e := range r.PostDataEntries {
			b.Write(e.Bytes)
		}
		body = b.String()
	}
	if body == "" {
		return nil
	}
	kind, params, err := mime.ParseMediaType(header(r.Headers, "Content-Type"))
	if err != nil {
		return nil
	}
	var names []string
	switch kind {
	case "application/x-www-form-urlencoded":
		q, err := url.ParseQuery(body)
		if err != nil {
			return nil
		}
		for name := range q {
			names = append(names, name)
		}
	case "multipart/form-data":
		parts := multipart.NewReader(strings.NewReader(body), params["boundary"])
		for {
			p, err := parts.NextPart()
			if err == io.EOF {
				break
			}
			if err != nil {
				return nil
			}
			if name := p.FormName(); name != "" {
				names = append(names, name)
			}
		}
	}
	return names
}

// header is a request header's value, whatever case the page wrote its name in.
func header(h proto.NetworkHeaders, name string) string {
	for k, v := range h {
		if strings.EqualFold(k, name) {
			return v.Str()
		}
	}
	return ""
}
