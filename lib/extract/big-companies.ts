import { fold } from '@/lib/text/fold';

/**
 * Technology and telecom groups the deal news names every day and the seed store does not know. Evidence that
 * a name is a company (and a name at all, even opening a sentence), as a given name is evidence of a person; the
 * reader still decides.
 */
const COMPANIES = `
microsoft oracle nvidia intel ibm apple meta alibaba tencent baidu bytedance tiktok samsung sap salesforce cisco
ericsson nokia zte lenovo xiaomi openai anthropic qualcomm amd tsmc dell equinix vantage digitalbridge blackstone
brookfield kkr softbank vodafone airtel mtn etisalat verizon at&t t-mobile siemens thales capgemini atos accenture
infosys wipro cloudflare akamai digitalocean ovhcloud scaleway aramco adnoc petrobras pemex
`;

const NAMES = new Set(COMPANIES.split(/\s+/u).filter(Boolean).map(fold));

/** Whether a one-word name is one of those groups ("Nvidia", "Microsoft"). */
export function isBigCompany(name: string): boolean {
  return NAMES.has(fold(name));
}
