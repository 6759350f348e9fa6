resource "aws_elasticache_subnet_group" "cache" {
  name       = "documind-cache"
  subnet_ids = var.private_subnet_ids
}

# Answer cache: keys are tenant:<id>:answer:<hash> and expire after one hour (services/api/src/cache.ts).
resource "aws_elasticache_replication_group" "cache" {
  replication_group_id = "documind-cache"
  description          = "DocuMind answer cache"
  engine               = "redis"
  engine_version       = "7.1"
  node_type            = "cache.r7g.large"
  num_cache_clusters   = 2
  port                 = 6379

  subnet_group_name  = aws_elasticache_subnet_group.cache.name
  security_group_ids = [var.data_security_group_id]

  automatic_failover_enabled = true
  at_rest_encryption_enabled = true
  kms_key_id                 = aws_kms_key.data.arn
  transit_encryption_enabled = true
  transit_encryption_mode    = "required"
  # No snapshots: cached answers are disposable and must not outlive their one-hour TTL.
  snapshot_retention_limit = 0
}
