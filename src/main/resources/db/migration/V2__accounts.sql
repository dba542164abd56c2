-- Every API request with a bearer token looks the account up by the token's hash.
create unique index staff_account_token on staff_account (api_token_hash);
