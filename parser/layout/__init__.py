"""Layout rules shared by every reader: what a line or paragraph of a council
document is (masthead field, resolution part, report paragraph), decided from
its text alone, so text, Markdown, .docx and PDF input give one tree."""
