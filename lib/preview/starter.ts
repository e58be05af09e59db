/** The article the preview opens with when no file is named: small, valid, and showing what differs per cloud. */
export const STARTER_ARTICLE = `<properties
    pageTitle="Cannot connect to a virtual machine"
    description="Remote Desktop or SSH connections to the VM time out"
    service="microsoft.compute"
    resource="virtualmachines"
    authors="your-alias"
    ms.author="youralias"
    selfHelpType="generic"
    supportTopicIds="32411841"
    productPesIds="14749"
    cloudEnvironments="public, fairfax"
    articleId="00000000-0000-0000-0000-000000000001"
/>
# Cannot connect to a virtual machine

Connections to <!--$vmname-->[vmname]<!--/$vmname--> time out when a network security group blocks the port.

## **Recommended Steps**

1. Open the [Networking blade of the VM](data-blade:Microsoft_Azure_Compute.VirtualMachineNetworkingBlade.id.$resourceId) and check the inbound rules.
2. Allow the port you connect on (3389 for Remote Desktop, 22 for SSH) from your address.

## **Recommended Documents**

* [Troubleshoot Remote Desktop connections](https://docs.microsoft.com/azure/virtual-machines/troubleshooting/troubleshoot-rdp-connection)
`;
