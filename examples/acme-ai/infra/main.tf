terraform {
  required_version = ">= 1.6"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.70"
    }
  }

  backend "s3" {
    bucket       = "acme-terraform-state"
    key          = "documind/prod.tfstate"
    region       = "us-east-1"
    encrypt      = true
    use_lockfile = true
  }
}

provider "aws" {
  region = "us-east-1"

  default_tags {
    tags = {
      service = "documind"
      owner   = "platform"
    }
  }
}

# One customer-managed key for every data store, so access to plaintext is auditable in CloudTrail.
resource "aws_kms_key" "data" {
  description         = "DocuMind data at rest (S3, RDS, ElastiCache, CloudWatch Logs, SageMaker)"
  enable_key_rotation = true
}

resource "aws_kms_alias" "data" {
  name          = "alias/documind-data"
  target_key_id = aws_kms_key.data.key_id
}

variable "private_subnet_ids" {
  type        = list(string)
  description = "Private subnets of the production VPC."
}

variable "data_security_group_id" {
  type        = string
  description = "Security group that admits only the API tasks."
}
