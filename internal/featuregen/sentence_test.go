package featuregen

import (
	"reflect"
	"testing"
)

func TestSentences(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Select **API Accounts**. This will display the **Store API Accounts** page.",
			[]string{"Select **API Accounts**.", "This will display the **Store API Accounts** page."}},
		// StreamPark's alert fields (testdata/heldout 345): the stop set apart and run on.
		{"`DingTalk Url`：`optional` .It is used to expose an address.",
			[]string{"`DingTalk Url`：`optional` .", "It is used to expose an address."}},
		{"Run `make .Build` now.", []string{"Run `make .Build` now."}},
		{"In the **Name** field, summarize the purpose for which you will use these credentials. (This name is for internal use only, so assign any name that you will recognize.)",
			[]string{"In the **Name** field, summarize the purpose for which you will use these credentials.",
				"(This name is for internal use only, so assign any name that you will recognize.)"}},
		{"In the **OAuth Scopes** section, select at least the minimal scopes your app will require (as explained here).",
			[]string{"In the **OAuth Scopes** section, select at least the minimal scopes your app will require (as explained here)."}},
		{"In the trial store form, enter a store name, password, and other details. Then select **CREATE YOUR STORE**.",
			[]string{"In the trial store form, enter a store name, password, and other details.", "Then select **CREATE YOUR STORE**."}},
		{"Select **Save. Then close**. The page opens.",
			[]string{"Select **Save. Then close**.", "The page opens."}},
		{`Click "OK. Done" to confirm. A dialog appears.`,
			[]string{`Click "OK. Done" to confirm.`, "A dialog appears."}},
		{"Choose a template (e.g. Default. Or another) and save.",
			[]string{"Choose a template (e.g. Default. Or another) and save."}},
		// "eg." and "ie." are written for "e.g." and "i.e." as often as not.
		{"Set Display Name: eg. `Build Bot`.", []string{"Set Display Name: eg. `Build Bot`."}},
		{"Pick a plan, ie. The one you pay for.", []string{"Pick a plan, ie. The one you pay for."}},
		{"Choose a region, e.g. The closest one. Then save.",
			[]string{"Choose a region, e.g. The closest one.", "Then save."}},
		{"Pick a value, i.e. One of the listed ones.",
			[]string{"Pick a value, i.e. One of the listed ones."}},
		{"Open the Amazon S3 console at https://console.aws.amazon.com/s3/. Choose **Buckets**.",
			[]string{"Open the Amazon S3 console at https://console.aws.amazon.com/s3/.", "Choose **Buckets**."}},
		{"Open www.Example.com. Log in.", []string{"Open www.Example.com.", "Log in."}},
		{"Download config.json. Then open it.", []string{"Download config.json.", "Then open it."}},
		{"Ship to the U.S. Customs office.", []string{"Ship to the U.S. Customs office."}},
		{"Set `a. B` here. Done!", []string{"Set `a. B` here.", "Done!"}},
		{"Is it on? Turn it on.", []string{"Is it on?", "Turn it on."}},
		// A name written in lower case starts a sentence (zrok's guide, testdata/heldout 122);
		// a short word's full stop, a question's mark inside bold and a slip before "and" do not.
		{"Enter your domain and click **Create**. zrok begins issuing a certificate.",
			[]string{"Enter your domain and click **Create**.", "zrok begins issuing a certificate."}},
		{"Close the form. npm sends you an email.", []string{"Close the form.", "npm sends you an email."}},
		{"Enter the Org. name in the box.", []string{"Enter the Org. name in the box."}},
		{"Select **Notify this user by email?** if desired.", []string{"Select **Notify this user by email?** if desired."}},
		{"Map `Primary email` to `email`. and click **Add**.", []string{"Map `Primary email` to `email`. and click **Add**."}},
		{"Click **...** next to the folder.", []string{"Click **...** next to the folder."}},
		{"Select the thing. and then more", []string{"Select the thing. and then more"}},
		{"Click (see below.) Next, save.", []string{"Click (see below.)", "Next, save."}},
		{"", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, sp := range sentences(tt.text) {
			got = append(got, tt.text[sp.start:sp.end])
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("sentences(%q)\n got %q\nwant %q", tt.text, got, tt.want)
		}
	}
}
