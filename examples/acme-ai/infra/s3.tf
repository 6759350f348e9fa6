# Uploaded documents live under tenants/<tenant-id>/; the API's IAM session policy limits each
# request to its tenant's prefix. The training bucket holds only opt-in exports.
locals {
  private_buckets = {
    uploads  = "acme-documind-uploads"
    training = "acme-opt-in-training"
  }
}

resource "aws_s3_bucket" "uploads" {
  bucket = "acme-documind-uploads"
}

resource "aws_s3_bucket" "training" {
  bucket = "acme-opt-in-training"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "private" {
  for_each = { uploads = aws_s3_bucket.uploads.id, training = aws_s3_bucket.training.id }
  bucket   = each.value

  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = aws_kms_key.data.arn
    }
    bucket_key_enabled = true
  }
}

resource "aws_s3_bucket_public_access_block" "private" {
  for_each = { uploads = aws_s3_bucket.uploads.id, training = aws_s3_bucket.training.id }
  bucket   = each.value

  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_versioning" "uploads" {
  bucket = aws_s3_bucket.uploads.id
  versioning_configuration {
    status = "Enabled"
  }
}

# Versioning keeps deleted objects as noncurrent versions; expire them so offboarding meets its 30-day SLA.
resource "aws_s3_bucket_lifecycle_configuration" "uploads" {
  bucket = aws_s3_bucket.uploads.id

  rule {
    id     = "expire-deleted-documents"
    status = "Enabled"
    filter {}
    noncurrent_version_expiration {
      noncurrent_days = 7
    }
  }
}

# The training set is kept one year (data class opt-in-training-set).
resource "aws_s3_bucket_lifecycle_configuration" "training" {
  bucket = aws_s3_bucket.training.id

  rule {
    id     = "expire-exports"
    status = "Enabled"
    filter {
      prefix = "exports/"
    }
    expiration {
      days = 365
    }
  }
}

resource "aws_s3_bucket_logging" "uploads" {
  bucket        = aws_s3_bucket.uploads.id
  target_bucket = "acme-access-logs"
  target_prefix = "s3/acme-documind-uploads/"
}

data "aws_iam_policy_document" "tls_only" {
  for_each = local.private_buckets

  statement {
    sid     = "DenyInsecureTransport"
    effect  = "Deny"
    actions = ["s3:*"]
    resources = [
      "arn:aws:s3:::${each.value}",
      "arn:aws:s3:::${each.value}/*",
    ]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
    condition {
      test     = "Bool"
      variable = "aws:SecureTransport"
      values   = ["false"]
    }
  }
}

resource "aws_s3_bucket_policy" "tls_only" {
  for_each = { uploads = aws_s3_bucket.uploads.id, training = aws_s3_bucket.training.id }
  bucket   = each.value
  policy   = data.aws_iam_policy_document.tls_only[each.key].json
}
