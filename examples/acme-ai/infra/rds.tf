resource "aws_db_subnet_group" "app" {
  name       = "documind-app"
  subnet_ids = var.private_subnet_ids
}

resource "aws_db_parameter_group" "app" {
  name   = "documind-postgres16"
  family = "postgres16"

  parameter {
    name  = "rds.force_ssl"
    value = "1"
  }
}

# Application database; pgvector runs inside it (CREATE EXTENSION vector in migrations/001_extensions.sql).
resource "aws_db_instance" "app" {
  identifier     = "documind-app"
  engine         = "postgres"
  engine_version = "16.4"
  instance_class = "db.r6g.large"

  allocated_storage     = 100
  max_allocated_storage = 500
  storage_type          = "gp3"
  storage_encrypted     = true
  kms_key_id            = aws_kms_key.data.arn

  db_name                             = "documind"
  username                            = "documind_owner"
  manage_master_user_password         = true
  iam_database_authentication_enabled = true

  db_subnet_group_name   = aws_db_subnet_group.app.name
  parameter_group_name   = aws_db_parameter_group.app.name
  vpc_security_group_ids = [var.data_security_group_id]
  publicly_accessible    = false
  multi_az               = true

  backup_retention_period         = 14
  deletion_protection             = true
  copy_tags_to_snapshot           = true
  enabled_cloudwatch_logs_exports = ["postgresql"]
  performance_insights_enabled    = true
  performance_insights_kms_key_id = aws_kms_key.data.arn
}
