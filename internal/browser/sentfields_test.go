package browser

import (
	"encoding/json"
	"slices"
	"testing"

	"github.com/go-rod/rod/lib/proto"
)

// The names of the fields a form's POST sent, never their values, from either body a form
// sends; nothing from a body that is not a form's or that the browser left out.
func TestSentFields(t *testing.T) {
	multipart := "--XyZ\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\nstaff\r\n" +
		"--XyZ\r\nContent-Disposition: form-data; name=\"avatar\"; filename=\"a.png\"\r\nContent-Type: image/png\r\n\r\nPNG\r\n--XyZ--\r\n"
	tests := []struct {
		name        string
		contentType string
		body        string
		entries     []*proto.NetworkPostDataEntry
		want        []string
	}{
		{"url-encoded", "application/x-www-form-urlencoded", "name=staff&password=s3cret-pass&code=", nil, []string{"code", "name", "password"}},
		{"url-encoded, the browser's entries", "application/x-www-form-urlencoded; charset=UTF-8", "",
			[]*proto.NetworkPostDataEntry{{Bytes: []byte("name=sta")}, {Bytes: []byte("ff&code=1")}}, []string{"code", "name"}},
		{"multipart", "multipart/form-data; boundary=XyZ", multipart, nil, []string{"avatar", "name"}},
		{"JSON", "application/json", `{"name":"staff"}`, nil, nil},
		{"left out", "application/x-www-form-urlencoded", "", nil, nil},
		{"no type", "", "name=staff", nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := &proto.NetworkRequest{}
			if tt.contentType != "" {
				// As the browser reports it, the header's name in any case.
				headers, _ := json.Marshal(map[string]any{"headers": map[string]string{"content-type": tt.contentType}})
				if err := json.Unmarshal(headers, r); err != nil {
					t.Fatal(err)
				}
			}
			r.PostData, r.PostDataEntries = tt.body, tt.entries
			got := sentFields(r)
			slices.Sort(got)
			if !slices.Equal(got, tt.want) {
				t.Errorf("sentFields = %q, want %q", got, tt.want)
			}
			for _, n := range got {
				if n == "staff" || n == "s3cret-pass" {
					t.Errorf("a value among the names: %q", got)
				}
			}
		})
	}
}
