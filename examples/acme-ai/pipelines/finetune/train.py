"""Fine-tunes the DocuMind answer model on the opt-in training set.

Only data listed in dataset-manifest.json is used, and only after each file's SHA-256 matches the
hash pinned in the manifest, so a training run can always be traced back to the exact exports
(and therefore the exact opted-in tenants) it learned from.

    python train.py --manifest dataset-manifest.json \\
        --role-arn arn:aws:iam::123456789012:role/acme-finetune \\
        --image-uri 123456789012.dkr.ecr.us-east-1.amazonaws.com/documind-train:2026.11
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import re
import sys
from dataclasses import dataclass
from datetime import datetime, timezone
from urllib.parse import urlparse

import boto3
import pandas as pd
import sagemaker
from sagemaker.estimator import Estimator
from sagemaker.inputs import TrainingInput

REGION = "us-east-1"
TRAINING_BUCKET = "acme-opt-in-training"
MODEL_PACKAGE_GROUP = "acme-documind-ft"
SHA256 = re.compile(r"^[0-9a-f]{64}$")


@dataclass(frozen=True)
class ManifestFile:
    bucket: str
    key: str
    sha256: str
    records: int

    @property
    def uri(self) -> str:
        return f"s3://{self.bucket}/{self.key}"


def read_manifest(path: str) -> tuple[str, list[ManifestFile]]:
    """Parses the manifest and refuses anything outside the declared opt-in sources."""
    with open(path, encoding="utf-8") as handle:
        manifest = json.load(handle)
    if manifest.get("dataset") != "opt-in-training-set":
        raise ValueError(f"{path}: dataset must be opt-in-training-set, got {manifest.get('dataset')!r}")
    sources = set(manifest.get("sources", []))
    files: list[ManifestFile] = []
    for entry in manifest.get("files", []):
        source = entry["source"]
        if source not in sources:
            raise ValueError(f"{entry['path']}: source {source} is not listed in the manifest's sources")
        parsed = urlparse(source)
        if parsed.scheme != "s3" or parsed.netloc != TRAINING_BUCKET:
            raise ValueError(f"{entry['path']}: training data may only come from s3://{TRAINING_BUCKET}/")
        if not entry["path"].startswith(parsed.path.lstrip("/")):
            raise ValueError(f"{entry['path']}: path is outside its source {source}")
        if not SHA256.match(entry["sha256"]):
            raise ValueError(f"{entry['path']}: sha256 must be 64 lowercase hex characters")
        files.append(ManifestFile(parsed.netloc, entry["path"], entry["sha256"], int(entry["records"])))
    if not files:
        raise ValueError(f"{path}: the manifest lists no files")
    return manifest["dataset"], files


def verify(s3, file: ManifestFile) -> None:
    """Streams the object, checks its hash, then checks it holds the promised question/answer records."""
    body = s3.get_object(Bucket=file.bucket, Key=file.key)["Body"]
    digest = hashlib.sha256()
    buffer = io.BytesIO()
    for chunk in body.iter_chunks(chunk_size=1 << 20):
        digest.update(chunk)
        buffer.write(chunk)
    actual = digest.hexdigest()
    if actual != file.sha256:
        raise ValueError(f"{file.uri}: sha256 {actual} does not match the manifest ({file.sha256})")
    buffer.seek(0)
    frame = pd.read_json(buffer, lines=True)
    missing = {"question", "answer"} - set(frame.columns)
    if missing:
        raise ValueError(f"{file.uri}: records lack {sorted(missing)}")
    if len(frame) != file.records:
        raise ValueError(f"{file.uri}: {len(frame)} records, the manifest says {file.records}")


def write_sagemaker_manifest(s3, files: list[ManifestFile], job_name: str) -> str:
    """A SageMaker ManifestFile input, so the job reads exactly the verified objects and nothing else."""
    body = [{"prefix": f"s3://{TRAINING_BUCKET}/"}] + [file.key for file in files]
    key = f"manifests/{job_name}.json"
    s3.put_object(
        Bucket=TRAINING_BUCKET,
        Key=key,
        Body=json.dumps(body).encode("utf-8"),
        ServerSideEncryption="aws:kms",
    )
    return f"s3://{TRAINING_BUCKET}/{key}"


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--manifest", default="dataset-manifest.json")
    parser.add_argument("--role-arn", required=True, help="IAM role scoped to the training bucket")
    parser.add_argument("--image-uri", required=True, help="training container image")
    parser.add_argument("--instance-type", default="ml.g5.2xlarge")
    parser.add_argument("--kms-key-id", default="alias/documind-data")
    args = parser.parse_args(argv)

    dataset, files = read_manifest(args.manifest)
    boto_session = boto3.Session(region_name=REGION)
    s3 = boto_session.client("s3")
    for file in files:
        verify(s3, file)
        print(f"verified {file.uri} ({file.records} records)")

    job_name = f"documind-ft-{datetime.now(timezone.utc):%Y%m%d-%H%M%S}"
    train_manifest = write_sagemaker_manifest(s3, files, job_name)
    session = sagemaker.Session(boto_session=boto_session)
    estimator = Estimator(
        image_uri=args.image_uri,
        role=args.role_arn,
        instance_count=1,
        instance_type=args.instance_type,
        output_path=f"s3://{TRAINING_BUCKET}/models/",
        output_kms_key=args.kms_key_id,
        volume_kms_key=args.kms_key_id,
        enable_network_isolation=True,
        encrypt_inter_container_traffic=True,
        hyperparameters={"epochs": "3", "learning_rate": "2e-5", "lora_r": "16"},
        tags=[{"Key": "dataset", "Value": dataset}],
        sagemaker_session=session,
    )
    estimator.fit(
        {"train": TrainingInput(s3_data=train_manifest, s3_data_type="ManifestFile", content_type="application/jsonlines")},
        job_name=job_name,
        wait=True,
    )

    # Registered as pending: promotion to the acme-documind-ft endpoint needs the evaluation sign-off.
    package = estimator.register(
        content_types=["application/json"],
        response_types=["application/json"],
        inference_instances=["ml.g5.xlarge"],
        model_package_group_name=MODEL_PACKAGE_GROUP,
        approval_status="PendingManualApproval",
        description=f"Trained by {job_name} on {len(files)} manifest files of {dataset}",
        customer_metadata_properties={"manifest": args.manifest, "training_job": job_name},
    )
    print(f"registered {package.model_package_arn} from {estimator.model_data}")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv[1:]))
    except ValueError as error:
        print(f"error: {error}", file=sys.stderr)
        sys.exit(2)
