/**
 * Where a region a map names lies: the country of a cloud region id ("eu-central-1", "europe-west4", "westeurope",
 * "fra1") or a place written out ("us", "EU", "Germany"), and the areas buyers ask about ("Can our data stay in the
 * EU?"). One reading for every output that speaks of residency.
 *
 * Region ids and their locations are the clouds' own public lists, read on 2026-12-07: AWS
 * (https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-regions.html), Google Cloud
 * (https://cloud.google.com/about/locations), Azure (https://learn.microsoft.com/azure/reliability/regions-list),
 * Vercel (https://vercel.com/docs/edge-network/regions), Fly.io (https://fly.io/docs/reference/regions/),
 * DigitalOcean (https://docs.digitalocean.com/platform/regional-availability/) and Hetzner
 * (https://docs.hetzner.com/cloud/general/locations/). A region not listed here is unknown, never guessed.
 */

/** Member states of the European Union, by ISO 3166-1 alpha-2 code. */
const EU = new Set(
  'AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE'.split(' '),
);
/** The European Economic Area: the EU with Iceland, Liechtenstein and Norway. */
const EEA = new Set([...EU, 'IS', 'LI', 'NO']);
/** Europe as buyers use the word: the EEA, the United Kingdom and Switzerland. */
const EUROPE = new Set([...EEA, 'GB', 'CH']);

/** An area a buyer may ask data to stay in: `EU`, `EEA`, `Europe`, or one country by its ISO 3166-1 alpha-2 code. */
export type Area = string;

/** Provider region ids → country, as the clouds publish them. Data: a new region is a line here. */
const REGION_COUNTRY: Readonly<Record<string, string>> = {
  // AWS
  'us-east-1': 'US',
  'us-east-2': 'US',
  'us-west-1': 'US',
  'us-west-2': 'US',
  'us-gov-east-1': 'US',
  'us-gov-west-1': 'US',
  'ca-central-1': 'CA',
  'ca-west-1': 'CA',
  'eu-central-1': 'DE',
  'eu-central-2': 'CH',
  'eu-west-1': 'IE',
  'eu-west-2': 'GB',
  'eu-west-3': 'FR',
  'eu-south-1': 'IT',
  'eu-south-2': 'ES',
  'eu-north-1': 'SE',
  'ap-northeast-1': 'JP',
  'ap-northeast-2': 'KR',
  'ap-northeast-3': 'JP',
  'ap-southeast-1': 'SG',
  'ap-southeast-2': 'AU',
  'ap-southeast-3': 'ID',
  'ap-southeast-4': 'AU',
  'ap-south-1': 'IN',
  'ap-south-2': 'IN',
  'ap-east-1': 'HK',
  'sa-east-1': 'BR',
  'me-south-1': 'BH',
  'me-central-1': 'AE',
  'af-south-1': 'ZA',
  'il-central-1': 'IL',
  // Google Cloud
  'us-central1': 'US',
  'us-east1': 'US',
  'us-east4': 'US',
  'us-east5': 'US',
  'us-south1': 'US',
  'us-west1': 'US',
  'us-west2': 'US',
  'us-west3': 'US',
  'us-west4': 'US',
  'northamerica-northeast1': 'CA',
  'northamerica-northeast2': 'CA',
  'southamerica-east1': 'BR',
  'europe-west1': 'BE',
  'europe-west2': 'GB',
  'europe-west3': 'DE',
  'europe-west4': 'NL',
  'europe-west6': 'CH',
  'europe-west8': 'IT',
  'europe-west9': 'FR',
  'europe-west10': 'DE',
  'europe-west12': 'IT',
  'europe-north1': 'FI',
  'europe-central2': 'PL',
  'europe-southwest1': 'ES',
  'asia-northeast1': 'JP',
  'asia-northeast3': 'KR',
  'asia-south1': 'IN',
  'asia-southeast1': 'SG',
  'australia-southeast1': 'AU',
  // Azure
  eastus: 'US',
  eastus2: 'US',
  westus: 'US',
  westus2: 'US',
  westus3: 'US',
  centralus: 'US',
  northcentralus: 'US',
  southcentralus: 'US',
  westcentralus: 'US',
  canadacentral: 'CA',
  canadaeast: 'CA',
  westeurope: 'NL',
  northeurope: 'IE',
  uksouth: 'GB',
  ukwest: 'GB',
  francecentral: 'FR',
  germanywestcentral: 'DE',
  swedencentral: 'SE',
  switzerlandnorth: 'CH',
  norwayeast: 'NO',
  italynorth: 'IT',
  polandcentral: 'PL',
  spaincentral: 'ES',
  australiaeast: 'AU',
  japaneast: 'JP',
  centralindia: 'IN',
  southeastasia: 'SG',
  brazilsouth: 'BR',
  // Vercel
  iad1: 'US',
  sfo1: 'US',
  pdx1: 'US',
  cle1: 'US',
  fra1: 'DE',
  cdg1: 'FR',
  dub1: 'IE',
  lhr1: 'GB',
  arn1: 'SE',
  // Fly.io
  iad: 'US',
  sjc: 'US',
  ord: 'US',
  lax: 'US',
  ewr: 'US',
  dfw: 'US',
  sea: 'US',
  mia: 'US',
  atl: 'US',
  bos: 'US',
  fra: 'DE',
  ams: 'NL',
  cdg: 'FR',
  lhr: 'GB',
  arn: 'SE',
  mad: 'ES',
  waw: 'PL',
  otp: 'RO',
  yyz: 'CA',
  syd: 'AU',
  nrt: 'JP',
  sin: 'SG',
  // DigitalOcean
  nyc1: 'US',
  nyc2: 'US',
  nyc3: 'US',
  sfo2: 'US',
  sfo3: 'US',
  ams3: 'NL',
  lon1: 'GB',
  tor1: 'CA',
  sgp1: 'SG',
  blr1: 'IN',
  syd1: 'AU',
  // Hetzner
  fsn1: 'DE',
  nbg1: 'DE',
  hel1: 'FI',
  ash: 'US',
  hil: 'US',
};

/** Places written out, as maps and buyers write them: a country, or a group of countries. */
const PLACES: readonly [RegExp, Area][] = [
  [/^(?:eu|european union)$/, 'EU'],
  [/^(?:eea|european economic area)$/, 'EEA'],
  [/^europe$/, 'Europe'],
  [/^(?:us|usa|united states(?: of america)?)$/, 'US'],
  [/^(?:uk|gb|united kingdom|great britain)$/, 'GB'],
  [/^(?:ca|canada)$/, 'CA'],
  [/^(?:au|australia)$/, 'AU'],
  [/^(?:ch|switzerland)$/, 'CH'],
  [/^(?:de|germany)$/, 'DE'],
  [/^(?:fr|france)$/, 'FR'],
  [/^(?:ie|ireland)$/, 'IE'],
  [/^(?:nl|netherlands)$/, 'NL'],
  [/^(?:jp|japan)$/, 'JP'],
  [/^(?:in|india)$/, 'IN'],
  [/^(?:sg|singapore)$/, 'SG'],
  [/^(?:br|brazil)$/, 'BR'],
];

/** The countries an area holds; a single country is itself. */
function countriesOf(area: Area): ReadonlySet<string> {
  if (area === 'EU') return EU;
  if (area === 'EEA') return EEA;
  if (area === 'Europe') return EUROPE;
  return new Set([area]);
}

/** A region as the map writes it, read past a cloud prefix ("aws-us-east-1", "gcp europe-west4"), in lower case. */
const regionId = (region: string): string =>
  region
    .trim()
    .toLowerCase()
    .replace(/^(?:aws|gcp|google|azure|vercel|fly(?:-io|\.io)?|do|digitalocean|hetzner)[\s:/-]+/, '');

/**
 * Where a region the map names lies: a country code, or an area ("EU") where the map names only that; undefined
 * where it cannot be told (a provider's id not listed, "global", "multi-region"). A cloud prefix the map writes into
 * the region ("aws-us-east-1", "gcp europe-west4") is read past.
 * @example regionArea('eu-central-1') // 'DE'
 */
export function regionArea(region: string): Area | undefined {
  const text = regionId(region);
  const country = REGION_COUNTRY[text];
  if (country) return country;
  return PLACES.find(([pattern]) => pattern.test(text))?.[1];
}

const COUNTRY_NAMES = new Intl.DisplayNames(['en'], { type: 'region' });

/** Country names said with "the": "in the United States", "in the Netherlands". */
const WITH_THE = /^(?:United|Netherlands|Philippines|Czech Republic|Bahamas|Maldives)\b/;

/**
 * A region as a buyer reads it: a provider's id with the country it lies in ("ap-southeast-1 (Singapore)", "sin
 * (Singapore)"; inside brackets already, "us-west-2 in the United States"), a place the map writes out as it is ("us",
 * "Germany"), an id not listed as it is (ChatFiles, ai-getting-started: "hosted in fly.io sin", "location: lax").
 * @example regionWords('fly-io sin') // 'fly-io sin (Singapore)'
 */
export function regionWords(region: string, bracketed = false): string {
  const country = REGION_COUNTRY[regionId(region)];
  if (!country) return region;
  const name = COUNTRY_NAMES.of(country) ?? country;
  return bracketed ? `${region} in ${WITH_THE.test(name) ? 'the ' : ''}${name}` : `${region} (${name})`;
}

/**
 * Whether a region lies inside an area: true, false, or undefined where it cannot be told (an unknown region, or a
 * region named only as "Europe" asked about the EU).
 * @example regionInside('eu-west-2', 'EU') // false (London)
 */
export function regionInside(region: string, area: Area): boolean | undefined {
  const where = regionArea(region);
  if (!where) return undefined;
  const inside = countriesOf(area);
  const at = countriesOf(where);
  if ([...at].every((country) => inside.has(country))) return true;
  if ([...at].every((country) => !inside.has(country))) return false;
  return undefined;
}

/** How buyers name the areas they ask data to stay in, most specific first. */
const ASKED_AREAS: readonly [RegExp, Area][] = [
  [/\b(?:EEA|European Economic Area)\b|\bEU\s*\/\s*EEA\b/i, 'EEA'],
  [/\b(?:EU|E\.U\.|European Union)\b/i, 'EU'],
  [/\bEurope\b/i, 'Europe'],
  // In capitals only: "us" is a pronoun.
  [/\b(?:US|USA|U\.S\.(?:A\.)?)(?![\w.])|\bUnited States\b/, 'US'],
  [/\b(?:UK|United Kingdom|Great Britain)\b/i, 'GB'],
  [/\bCanad(?:a|ian)\b/i, 'CA'],
  [/\bAustralia(?:n)?\b/i, 'AU'],
  [/\bSwitzerland|Swiss\b/i, 'CH'],
  [/\bGerman(?:y)?\b/i, 'DE'],
  [/\bFrance\b/i, 'FR'],
  [/\bJapan(?:ese)?\b/i, 'JP'],
  [/\bIndia\b/i, 'IN'],
  [/\bSingapore\b/i, 'SG'],
  [/\bBrazil\b/i, 'BR'],
];

/**
 * The one area a question names ("Can our data stay within the EU?" → EU), or undefined where it names none or
 * several ("EU or UK?"): a Yes or No holds for one area at a time. "EU/EEA" is the EEA.
 * @example namedArea('Can storage be kept inside EU regions?') // 'EU'
 */
export function namedArea(question: string): Area | undefined {
  const found: Area[] = [];
  let text = question;
  for (const [pattern, area] of ASKED_AREAS) {
    if (!pattern.test(text)) continue;
    found.push(area);
    text = text.replace(new RegExp(pattern.source, `${pattern.flags}g`), ' ');
  }
  return found.length === 1 ? found[0] : undefined;
}

/** Words that ask whether data leaves a place rather than stays in it: "outside the EU", "transferred out of the EEA". */
const LEAVING = /\b(?:outside(?: of)?|out of|leaves?|leaving|beyond)\s+(?:the\s+)?/gi;
/** A place named by what it is, not by its name: "outside your country", "beyond the region". */
const SOME_PLACE = /^(?:(?:your|its|their|our|this|that|a|the)\s+)?(?:country|region|jurisdiction)\b/i;

/**
 * Whether a question asks if data leaves an area ("Is any of our data processed outside the EU?"), whose Yes is a
 * "stays in" verdict's No. The areas are `namedArea`'s, read from the words after "outside", "out of", "beyond". Pure.
 * @example asksLeaving('Is any of our data processed outside the EU?') // true
 */
export function asksLeaving(question: string): boolean {
  for (const match of question.matchAll(LEAVING)) {
    const after = question.slice(match.index + match[0].length, match.index + match[0].length + 40);
    if (namedArea(after) !== undefined || SOME_PLACE.test(after)) return true;
  }
  return false;
}

/** Clouds written as their short ids in maps, as buyers read them; any other as the map writes it ("FLY.IO sin"). */
const CLOUD_NAMES: Record<string, string> = {
  aws: 'AWS',
  gcp: 'Google Cloud',
  azure: 'Azure',
  oci: 'OCI',
  ibm: 'IBM Cloud',
  // Platforms maps name by their ids (agentops: "fly-io sjc" in residency answers).
  'fly-io': 'Fly.io',
  fly: 'Fly.io',
  render: 'Render',
  vercel: 'Vercel',
  railway: 'Railway',
  heroku: 'Heroku',
  netlify: 'Netlify',
  digitalocean: 'DigitalOcean',
  hetzner: 'Hetzner',
  cloudflare: 'Cloudflare',
  supabase: 'Supabase',
};
export const cloudName = (cloud: string): string => CLOUD_NAMES[cloud.toLowerCase()] ?? cloud;

/**
 * Where a part runs, as a buyer reads it: the cloud by its name and the region with its country ("Fly.io sin
 * (Singapore)", not "FLY-IO sin"). One wording for the questionnaire and the system description.
 * @example placeWords({ cloud: 'fly-io', region: 'sin' }) // 'Fly.io sin (Singapore)'
 */
export function placeWords(part: { cloud?: string; region?: string }): string {
  return [part.cloud ? cloudName(part.cloud) : undefined, part.region ? regionWords(part.region) : undefined]
    .filter(Boolean)
    .join(' ');
}
