package featuregen

import "testing"

// The phrasings below are taken from testdata/corpus: one or more per phrase family.
func TestClassify(t *testing.T) {
	tests := []struct {
		sentence string
		first    bool
		want     role
	}{
		// Preconditions.
		{"Log into the store, using the store owner's username/password.", true, rolePrecondition},
		{"Log into the store.", true, rolePrecondition},
		{"Sign in to your Admin account.", true, rolePrecondition},
		{"Log in to the Harbor interface with an account that has Harbor system administrator privileges.", true, rolePrecondition},
		// Actions, by family.
		{"Select **Advanced Settings**.", true, roleAction},
		{"Click the gears icon in the **Action** column and select **Edit**.", true, roleAction},
		{"Choose the **Management** tab, and then under **Lifecycle rule**, choose the rule that you want to delete.", true, roleAction},
		{"Navigate to **Projects** and select a project.", true, roleAction},
		{"Go to the next step to grant permissions to the robot account.", true, roleAction},
		{"In the **Name** field, summarize the purpose for which you will use these credentials.", true, roleAction},
		{"In the **Filter by type** popover, select a data type from the **Type** dropdown.", true, roleAction},
		{"From the administrator **Robot Account** page, select the checkbox next to the robot account you are updating.", true, roleAction},
		{"Expand [Expansion selector] **Search Engine Optimization**.", true, roleAction},
		{"Open OpenSearch Dashboards.", true, roleAction},
		{"Under **Bucket Key**, choose **Enable**.", true, roleAction},
		{"To save your changes, select **Update**.", true, roleAction},
		{"When complete, click Save.", true, roleAction},
		{"On the _Admin_ sidebar, go to **Stores** > _Taxes_ > **Tax Rules**.", true, roleAction},
		{"(Optional) Enable **Multi-select** to allow selecting multiple values.", true, roleAction},
		{"Then select **CREATE YOUR STORE**.", false, roleAction},
		{"Enter the tracking **Number**.", true, roleAction},
		{"Set **Enable Page** to `Yes`.", true, roleAction},
		{"Clear the **Enabled** check box.", true, roleAction},
		{"Find the existing integration and click the icon ( [trashcan icon] ) in the **Delete** column.", true, roleAction},
		{"Call`#put`, passing in the string or I/O object.", true, roleAction}, // first sentence: always run
		// Outcomes.
		{"This will display the **Store API Accounts** page.", false, roleOutcome},
		{"This will display the **Create API Account** page shown above.", false, roleOutcome},
		{"This will reopen your store's control panel.", false, roleOutcome},
		{"This will only stop the garbage collection task from processing more artifacts.", false, roleNote},
		{"The editor opens in WYSIWYG mode with the toolbar at the top.", false, roleOutcome},
		{"The new rule appears at the top of the page.", false, roleOutcome},
		{"The integration appears on the grid with an _Inactive_ status.", false, roleOutcome},
		{"The object is displayed in the console as `sample1.jpg`.", false, roleOutcome},
		{"You should see the new dashboard in the list.", false, roleOutcome},
		{"A .txt file containing the same credentials will also download to your computer.", false, roleOutcome},
		// Notes: neither action nor outcome.
		{"(This name is for internal use only, so assign any name that you will recognize.)", false, roleNote},
		{"You will need this value to authenticate your app.", false, roleNote},
		{"You can give your app any name you'd like, such as `Test`.", false, roleNote},
		{"For example, selecting **yes** filters out all non-aggregatable fields.", false, roleNote},
		{"When **Create artifact**, **Delete artifact**, or **Pull artifact** is selected, Harbor will include audit logs for those event types in the purge.", false, roleNote},
		{"For example, if each store view is in a different language, enter the translation of the label for each view.", false, roleNote},
		{"The Security plugin automatically hashes the password and stores it in the `.opendistro_security` index.", false, roleNote},
	}
	for _, tt := range tests {
		if got := classify(tt.sentence, tt.first); got != tt.want {
			t.Errorf("classify(%q, first=%v) = %v, want %v", tt.sentence, tt.first, got, tt.want)
		}
	}
}

func TestKeywords(t *testing.T) {
	tests := []struct {
		roles []role
		want  []string
	}{
		{[]role{rolePrecondition, roleAction, roleAction, roleOutcome, roleAction},
			[]string{"Given", "When", "And", "Then", "When"}},
		{[]role{rolePrecondition, rolePrecondition, roleAction}, []string{"Given", "And", "When"}},
		// A precondition after the first action is one more thing to do.
		{[]role{roleAction, rolePrecondition, roleOutcome, roleOutcome}, []string{"When", "And", "Then", "And"}},
		{[]role{roleOutcome, roleAction}, []string{"Then", "When"}},
	}
	for _, tt := range tests {
		var k keywords
		for i, r := range tt.roles {
			if got := k.next(r); got != tt.want[i] {
				t.Errorf("roles %v: keyword %d = %q, want %q", tt.roles, i, got, tt.want[i])
			}
		}
	}
}
