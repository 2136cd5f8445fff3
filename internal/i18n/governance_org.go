package i18n

// governanceOrgEntries holds the governance package's messages about people, posts, staffing and party organisations.
var governanceOrgEntries = []Entry{}
