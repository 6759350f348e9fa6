import { describe, expect, it } from 'vitest';
import { scan, statusOf } from './fixture.js';

// maybe (77b5469), a Rails app: Intercom and Better Stack's Logtail set up in initializers by their gems' constants,
// with no `require` (Rails loads every default-group gem at boot), were mentioned only; S3 behind the AWS SDK's
// per-service gem and R2 behind an ERB-templated endpoint were not both found.
describe('Ruby gems', () => {
  const gemfile = [
    'source "https://rubygems.org"',
    'gem "rails", "~> 7.2"',
    'gem "intercom-rails"',
    'gem "logtail-rails"',
    'gem "sentry-ruby"',
    'gem "aws-sdk-s3", require: false',
    'group :development, :test do',
    '  gem "plaid"',
    'end',
  ].join('\n');

  it("finds a default group's gems as used, and a development gem as mentioned", async () => {
    const report = await scan({
      Gemfile: gemfile,
      'config/application.rb': 'Bundler.require(*Rails.groups)\n',
      'config/initializers/intercom.rb':
        'IntercomRails.config do |config|\n  config.app_id = ENV["INTERCOM_APP_ID"]\nend\n',
    });
    expect(statusOf(report, 'intercom')).toBe('used');
    expect(statusOf(report, 'better-stack')).toBe('used');
    expect(statusOf(report, 'sentry')).toBe('used');
    expect(statusOf(report, 'aws-s3')).toBe('used');
    expect(statusOf(report, 'plaid')).not.toBe('used');
  });

  it('reads a host behind an ERB placeholder', async () => {
    const report = await scan({
      'config/storage.yml':
        "cloudflare:\n  service: S3\n  endpoint: https://<%= ENV['CLOUDFLARE_ACCOUNT_ID'] %>.r2.cloudflarestorage.com\n",
    });
    expect(statusOf(report, 'cloudflare-r2')).toBe('used');
  });
});
