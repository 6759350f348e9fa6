# Structured log of every LLM request (prompt, answer, model, tenant_id), written by services/api/src/logging.ts.
resource "aws_cloudwatch_log_group" "llm_requests" {
  name = "/acme/llm-requests"
  # Gap 1 (on purpose): prompts and answers are kept 90 days, but the policy for both is 30 days.
  retention_in_days = 90
  kms_key_id        = aws_kms_key.data.arn
}

resource "aws_cloudwatch_log_group" "api" {
  name              = "/acme/documind-api"
  retention_in_days = 30
  kms_key_id        = aws_kms_key.data.arn
}
