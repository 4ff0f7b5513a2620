# Generated from testdata/seed/includes/_api_oauth_tokens.md by docdrift gen. DO NOT EDIT.
# To change it, edit the doc and rerun docdrift gen on it; docdrift gen --check lists stale features.
Feature: OAuth Tokens via CP â€“ Draft (testdata/seed/includes/_api_oauth_tokens.md)

  # procedure "Obtaining an OAuth Token" at testdata/seed/includes/_api_oauth_tokens.md:8:1
  # intro: To create your API account and its corresponding token, use the following steps:
  @cp_oauth_get
  Scenario: Obtaining an OAuth Token
    # step 1 at testdata/seed/includes/_api_oauth_tokens.md:16:5
    Given Log into the store, using the store owner's username/password.
    # step 2 at testdata/seed/includes/_api_oauth_tokens.md:17:5
    When Select **Advanced Settings**.
    # step 3 at testdata/seed/includes/_api_oauth_tokens.md:18:5
    And Select **API Accounts**.
    # step 3 sentence 2 at testdata/seed/includes/_api_oauth_tokens.md:18:30
    Then This will display the **Store API Accounts** page.
    # step 4 at testdata/seed/includes/_api_oauth_tokens.md:19:5
    When Select **Create API Account**.
    # step 4 sentence 2 at testdata/seed/includes/_api_oauth_tokens.md:19:36
    Then This will display the **Create API Account** page shown above.
    # markup 5 "In the **Name** field, summarize the purpose for which you will use these credentials. (This name is for internal use only, so assign any name that you will recognize.)"
    # step 5 at testdata/seed/includes/_api_oauth_tokens.md:20:5
    When In the **Name** field, summarize the purpose for which you will use these credentials.
    # note: (This name is for internal use only, so assign any name that you will recognize.)
    # markup 6 "In the **OAuth Scopes** section, select at least the minimal scopes your app will require (as explained <a href=\"#request_scopes\" target=\"_blank\">here</a>)."
    # step 6 at testdata/seed/includes/_api_oauth_tokens.md:21:5
    And In the **OAuth Scopes** section, select at least the minimal scopes your app will require (as explained here).
    # markup 8 "Select **Save** at the page's lower right-hand corner."
    # step 8 at testdata/seed/includes/_api_oauth_tokens.md:22:5
    And Select **Save** at the page's lower right-hand corner.
    # step 8 sentence 2 at testdata/seed/includes/_api_oauth_tokens.md:24:1
    Then Successfully saving the account will display the pop-up shown below, containing the API credentials that your app will need for OAuth access: your **Client ID**, **Client Secret**, and **Access Token**.
    # step 8 sentence 3 at testdata/seed/includes/_api_oauth_tokens.md:24:209
    And A .txt file containing the same credentials will also download to your computer.
    # image: Viewing and saving OAuth credentials
    # note: Keep Your Credentials There is no way to re-display this pop-up, after you select Done to dismiss it. So make sure you store your credentials – either by locating the downloaded .txt file, or by copying/pasting the contents of each field out of the pop-up. Otherwise, you will need to repeat all the above steps to generate new credentials.
    # note: More Drafts Pending The 2 struck-out sections below are copied verbatim from existing content within https://developer.bigcommerce.com/api/#building-basic-auth-apps. Awaiting store owner access to some integration store (or the correct experiment enabled on my own store) to test/rewrite corresponding steps under the new OAuth flow.

  # procedure "Revoking App Access" at testdata/seed/includes/_api_oauth_tokens.md:40:1
  # intro: To revoke app access to a store, use the following steps:
  @cp_oauth_revoke @struck
  Scenario: Revoking App Access
    # step 1 at testdata/seed/includes/_api_oauth_tokens.md:44:5
    Given Log into the store.
    # step 2 at testdata/seed/includes/_api_oauth_tokens.md:45:5
    When Click **Advanced Settings**.
    # step 3 at testdata/seed/includes/_api_oauth_tokens.md:46:5
    And Select **Legacy API Accounts**.
    # step 4 at testdata/seed/includes/_api_oauth_tokens.md:47:5
    And Click the gears icon in the **Action** column and select **Edit**.
    # step 5 at testdata/seed/includes/_api_oauth_tokens.md:48:5
    And Click the **Generate New Token** button.
    # step 6 at testdata/seed/includes/_api_oauth_tokens.md:49:5
    And Select the **Save** button.
    # step 7 at testdata/seed/includes/_api_oauth_tokens.md:50:5
    And Select the check box next to the user.
    # step 8 at testdata/seed/includes/_api_oauth_tokens.md:51:5
    And Click the trash can button.
    # step 9 at testdata/seed/includes/_api_oauth_tokens.md:52:5
    And Click **OK** in the confirmation prompt.

  # procedure "Regenerating an API Token" at testdata/seed/includes/_api_oauth_tokens.md:54:1
  # intro: To change the API token that an app is using to access a store, use the following steps:
  @cp_oauth_regen @struck
  Scenario: Regenerating an API Token
    # step 1 at testdata/seed/includes/_api_oauth_tokens.md:58:5
    Given Log into the store.
    # step 2 at testdata/seed/includes/_api_oauth_tokens.md:59:5
    When Click **Advanced Settings**.
    # step 3 at testdata/seed/includes/_api_oauth_tokens.md:60:5
    And Select **Legacy API Accounts**.
    # step 4 at testdata/seed/includes/_api_oauth_tokens.md:61:5
    And Click the gears icon in the **Action** column and select **Edit**.
    # step 5 at testdata/seed/includes/_api_oauth_tokens.md:62:5
    And Click the **Generate New Token** button.
    # markup 6 "Select the **Save** button.\n</strike>"
    # step 6 at testdata/seed/includes/_api_oauth_tokens.md:63:5
    And Select the **Save** button.
