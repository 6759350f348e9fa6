variable "ft_model_artifact" {
  type        = string
  description = "S3 URI of the approved fine-tuned model (output of pipelines/finetune/train.py)."
}

variable "ft_inference_image" {
  type        = string
  description = "ECR image that serves the fine-tuned model."
}

variable "sagemaker_execution_role_arn" {
  type = string
}

resource "aws_sagemaker_model" "documind_ft" {
  name               = "acme-documind-ft"
  execution_role_arn = var.sagemaker_execution_role_arn

  primary_container {
    image          = var.ft_inference_image
    model_data_url = var.ft_model_artifact
  }

  vpc_config {
    subnets            = var.private_subnet_ids
    security_group_ids = [var.data_security_group_id]
  }
}

# No data_capture_config: the endpoint must not store request or response payloads.
resource "aws_sagemaker_endpoint_configuration" "documind_ft" {
  name        = "acme-documind-ft"
  kms_key_arn = aws_kms_key.data.arn

  production_variants {
    variant_name           = "primary"
    model_name             = aws_sagemaker_model.documind_ft.name
    instance_type          = "ml.g5.xlarge"
    initial_instance_count = 1
  }
}

resource "aws_sagemaker_endpoint" "documind_ft" {
  name                 = "acme-documind-ft"
  endpoint_config_name = aws_sagemaker_endpoint_configuration.documind_ft.name
}
